/** Time left, the clock and durations of a mock assessment, as the attempt and list pages show them. */

/** Under this many seconds left, the attempt warns that time is nearly up. */
export const WARNING_SECONDS = 5 * 60;

/**
 * How far the server's clock is ahead of this one, from a response's `Date` header: the deadline
 * is the server's, so the countdown must not trust a wrong client clock. The header has whole
 * seconds and was written between `sentAt` and `receivedAt`, so it only bounds the offset; a
 * client clock within those bounds is taken as right (0), so the countdown never moves by the
 * header's rounding from one load to the next. Beyond them, the middle of the bounds. Zero when
 * the header is missing or unreadable.
 */
export function clockOffset(dateHeader: string | null, sentAt: number, receivedAt: number): number {
  const server = dateHeader ? Date.parse(dateHeader) : Number.NaN;
  if (Number.isNaN(server)) return 0;
  const lowest = server - receivedAt;
  const highest = server + 1000 - sentAt;
  return lowest <= 0 && highest >= 0 ? 0 : Math.round((lowest + highest) / 2);
}

/** Whole seconds until `endsAt` (never negative), by the server's clock. */
export function secondsLeft(endsAt: string, clientNow: number, offsetMs = 0): number {
  return Math.max(0, Math.ceil((Date.parse(endsAt) - (clientNow + offsetMs)) / 1000));
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "44:59", "05:00", "00:07"; "1:05:00" past an hour. */
export function formatCountdown(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(s % 60)}` : `${pad(minutes)}:${pad(s % 60)}`;
}

/** For screen readers: "44 minutes 59 seconds left". */
export function describeCountdown(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes > 0 && `${minutes} minute${minutes === 1 ? '' : 's'}`, (rest > 0 || minutes === 0) && `${rest} second${rest === 1 ? '' : 's'}`];
  return `${parts.filter(Boolean).join(' ')} left`;
}

/** "45 min", "1 h 30 min", "2 h". */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

/** "today at 21:05", "Dec 3 at 09:00" in the reader's locale and zone. */
export function formatAvailableAt(iso: string, now = Date.now(), locale?: string): string {
  const at = new Date(iso);
  const time = at.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
  const sameDay = new Date(now).toDateString() === at.toDateString();
  return sameDay ? `today at ${time}` : `${at.toLocaleDateString(locale, { month: 'short', day: 'numeric' })} at ${time}`;
}
