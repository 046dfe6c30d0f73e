import type { AttemptEventType } from '@eduscale/contracts';

export interface AttemptEvent {
  question: string;
  type: AttemptEventType;
  at: Date;
}

/**
 * Seconds spent on each question, from what the browser reported: time runs for the question
 * last opened (or focused) while the page has focus, from the first event to the end. Events
 * outside the attempt are clamped to it, so a wrong client clock or a late event cannot make a
 * question take longer than the attempt did.
 */
export function timePerQuestion(events: readonly AttemptEvent[], startedAt: Date, endedAt: Date): Map<string, number> {
  const start = startedAt.getTime();
  const end = Math.max(start, endedAt.getTime());
  const clamp = (at: Date) => Math.min(end, Math.max(start, at.getTime()));
  const spent = new Map<string, number>();
  let current: string | undefined;
  let focused = true;
  let last = start;
  const add = (until: number) => {
    if (current !== undefined && focused) spent.set(current, (spent.get(current) ?? 0) + (until - last));
    last = until;
  };
  for (const event of [...events].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    add(clamp(event.at));
    if (event.type === 'open' || event.type === 'focus') {
      current = event.question;
      focused = true;
    } else if (event.type === 'blur') {
      focused = false;
    }
  }
  add(end);
  return new Map([...spent].map(([question, ms]) => [question, Math.round(ms / 1000)]));
}

export function integrityOf(events: readonly AttemptEvent[]): { pastes: number; blurs: number } {
  return {
    pastes: events.filter((event) => event.type === 'paste').length,
    blurs: events.filter((event) => event.type === 'blur').length,
  };
}
