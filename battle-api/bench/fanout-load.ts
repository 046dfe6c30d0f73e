/**
 * The measured part: progress reports sent open-loop at a fixed rate through the test hook
 * (`POST /internal/battles/:id/progress` on a random instance), each named by a unique
 * `status` marker, and every `battle:progress` a player's socket receives matched back to the
 * report it announces. Sender and sockets share this process's clock (`performance.now()`).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchBattle } from './fanout-fixtures.ts';
import type { ProgressListener, SocketInstance } from './fanout-sockets.ts';

/** `same`: the socket is on the instance that took the report; `cross`: another one, through Redis. */
export type Relation = 'same' | 'cross' | 'unknown';

export interface Delivery {
  /** When its report was sent (performance.now()). */
  sentAt: number;
  latencyMs: number;
  relation: Relation;
}

interface SentReport {
  battleId: string;
  hookInstance: number;
  sentAt: number;
  received: number;
  firstArrival: number;
  lastArrival: number;
  /** False until the hook answered 204; failed reports expect no deliveries. */
  accepted: boolean;
}

/** A `total` no report reaches, so no report can look like a solved assignment. */
const REPORT_TOTAL = 1_000_000;

function relationOf(socketInstance: SocketInstance, hookInstance: number): Relation {
  if (socketInstance === 'nginx') return 'unknown';
  return socketInstance === hookInstance ? 'same' : 'cross';
}

export function createDeliveryTracker(playersPerBattle: number) {
  const reports = new Map<string, SentReport>();
  const deliveries: Delivery[] = [];
  let strays = 0;

  const onProgress: ProgressListener = (progress, receiver, arrivedAt) => {
    const report = reports.get(progress.status);
    if (!report || report.battleId !== progress.battleId || receiver.battleId !== progress.battleId) {
      strays++;
      return;
    }
    report.received++;
    report.firstArrival = Math.min(report.firstArrival, arrivedAt);
    report.lastArrival = Math.max(report.lastArrival, arrivedAt);
    deliveries.push({ sentAt: report.sentAt, latencyMs: arrivedAt - report.sentAt, relation: relationOf(receiver.instance, report.hookInstance) });
  };

  const accepted = () => [...reports.values()].filter((report) => report.accepted);
  const missing = () => accepted().reduce((sum, report) => sum + Math.max(0, playersPerBattle - report.received), 0);

  return {
    onProgress,
    deliveries,
    sent: (marker: string, report: Pick<SentReport, 'battleId' | 'hookInstance' | 'sentAt'>) =>
      void reports.set(marker, { ...report, received: 0, firstArrival: Infinity, lastArrival: -Infinity, accepted: false }),
    accept: (marker: string) => void (reports.get(marker)!.accepted = true),
    missing,
    expected: () => accepted().length * playersPerBattle,
    /** Per fully delivered report: its last socket's arrival minus its first's, the room broadcast's own spread. */
    spreads: () => accepted().filter((report) => report.received === playersPerBattle).map((report) => report.lastArrival - report.firstArrival),
    /** Deliveries of a report no socket should have had: another battle's, or one never sent. */
    strays: () => strays,
    /** Waits until every accepted report reached all its players, or `timeoutMs` passed. */
    async drain(timeoutMs: number): Promise<void> {
      const deadline = performance.now() + timeoutMs;
      while (missing() > 0 && performance.now() < deadline) await sleep(50);
    },
  };
}

export type DeliveryTracker = ReturnType<typeof createDeliveryTracker>;

export interface SendResult {
  sent: number;
  failed: number;
  /** Hook POST → its 204, per accepted report. */
  httpMs: number[];
  firstFailure?: string;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

/**
 * Report k goes out at k / rate seconds after the start, to battle k mod battles (so each
 * battle hears from one of its players every battles / rate seconds), whatever the previous
 * reports are still doing: a slow answer cannot delay the next report and hide its own cost.
 */
export async function sendReports(options: { battles: BenchBattle[]; instanceUrls: string[]; rate: number; seconds: number; tracker: DeliveryTracker }): Promise<SendResult> {
  const total = Math.round(options.rate * options.seconds);
  if (total >= REPORT_TOTAL) throw new Error(`at most ${REPORT_TOTAL - 1} reports per run`);
  const result: SendResult = { sent: 0, failed: 0, httpMs: [] };
  const inFlight: Promise<void>[] = [];

  const report = async (k: number) => {
    const battle = options.battles[k % options.battles.length]!;
    const hookInstance = Math.floor(Math.random() * options.instanceUrls.length);
    const marker = `bench-${k}`;
    const body = JSON.stringify({ userId: pick(battle.players).id, passed: k, total: REPORT_TOTAL, status: marker });
    const sentAt = performance.now();
    options.tracker.sent(marker, { battleId: battle.id, hookInstance, sentAt });
    result.sent++;
    try {
      const response = await fetch(`${options.instanceUrls[hookInstance]}/internal/battles/${battle.id}/progress`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const text = await response.text();
      if (response.status !== 204) throw new Error(`hook answered ${response.status}: ${text.slice(0, 200)}`);
      result.httpMs.push(performance.now() - sentAt);
      options.tracker.accept(marker);
    } catch (error) {
      result.failed++;
      result.firstFailure ??= (error as Error).message;
    }
  };

  const started = performance.now();
  for (let k = 0; k < total; ) {
    const now = performance.now();
    while (k < total && started + (k * 1000) / options.rate <= now) inFlight.push(report(k++));
    if (k < total) await sleep(Math.max(0, started + (k * 1000) / options.rate - performance.now()));
  }
  await Promise.all(inFlight);
  return result;
}
