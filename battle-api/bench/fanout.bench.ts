/**
 * `npm run bench:battles`: progress fan-out across the two battle-api processes of a
 * throwaway stack. 1,000 players in 250 group battles of four, each player's socket in its
 * battle's room (two of each battle on each instance); then for BENCH_SECONDS, reports at
 * BENCH_RATE per second through the test hook on a random instance, and the time from each
 * report's POST to its `battle:progress` at every one of the battle's four sockets.
 *
 * Knobs: BENCH_SOCKETS (1000), BENCH_SECONDS (20), BENCH_RATE (250 reports/s),
 * BENCH_CONNECT_CONCURRENCY (50 handshakes at once), BENCH_VIA_NGINX=true (sockets through
 * NGINX instead of straight to each instance; same/other instance is then unknown),
 * BENCH_TIMELINE=true (fan-out latency per second of the run).
 */
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import postgres from 'postgres';
import { percentile } from '../../grader-api/bench/stats.ts';
import { ensureFlyway, ensureSystemPackages } from '@eduscale/test-kit/install';
import { startThrowawayStack, type ThrowawayStack } from '@eduscale/test-kit/stack';
import { createPlayers, createWaitingBattles, startBattles, type BenchBattle } from './fanout-fixtures.ts';
import { createDeliveryTracker, sendReports, type DeliveryTracker } from './fanout-load.ts';
import { connectPlayers, disconnectAll, type PlayerSocket } from './fanout-sockets.ts';
import { printLatencyTable } from './latency-table.ts';
import { idleRoundTrips, openPubSubProbe } from './pubsub-floor.ts';
import { printServerViews, readServerViews, resetServerLag } from './server-metrics.ts';
import { printTimeline } from './timeline.ts';

const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const PLAYERS_PER_BATTLE = 4;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const RATE = Number(process.env.BENCH_RATE ?? 250);
const CONNECT_CONCURRENCY = Number(process.env.BENCH_CONNECT_CONCURRENCY ?? 50);
const VIA_NGINX = process.env.BENCH_VIA_NGINX === 'true';
const TARGET_P99_MS = 100;
/** No battle ends during the run. */
const BATTLE_SECONDS = 3600;
/** The whole run, stack start-up included, stays under three minutes. */
const TIMEOUT_MS = 170_000;
const DRAIN_MS = 5_000;
const LOOP_SAMPLE_MS = 5;

const running: { stack?: ThrowawayStack } = {};
const watchdog = setTimeout(() => {
  console.error(`[bench-battles] still running after ${TIMEOUT_MS / 1000} s: stopping`);
  void (running.stack?.finish({ keepLogs: true }) ?? Promise.resolve()).finally(() => process.exit(1));
}, TIMEOUT_MS);

const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

function reportFileLimit(): void {
  const limit = execFileSync('sh', ['-c', 'ulimit -n'], { encoding: 'utf8' }).trim();
  // This process holds every client socket; each battle-api process half of the server side.
  const note = limit !== 'unlimited' && Number(limit) < SOCKETS + 500 ? ' (too low for this many sockets: expect connect errors)' : '';
  console.log(`open files limit (ulimit -n): ${limit}${note}`);
}

async function prepareBattles(sql: postgres.Sql, instanceUrls: string[], origin: string): Promise<BenchBattle[]> {
  const since = performance.now();
  const players = await createPlayers(sql, SOCKETS);
  const battles = await createWaitingBattles(sql, { players, playersPerBattle: PLAYERS_PER_BATTLE, durationSeconds: BATTLE_SECONDS });
  await startBattles({ battles, instanceUrls, origin, concurrency: 8 });
  console.log(`${players.length} players, ${battles.length} group battles started through POST /api/battles/:id/start in ${elapsed(since)}`);
  return battles;
}

async function measure(options: { battles: BenchBattle[]; instanceUrls: string[]; tracker: DeliveryTracker; redisUrl: string }) {
  const probe = await openPubSubProbe(options.redisUrl);
  try {
    const idleFloor = await idleRoundTrips(probe, 200);
    const loopDelay = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
    loopDelay.enable();
    await resetServerLag(options.instanceUrls);
    const sending = sendReports({ battles: options.battles, instanceUrls: options.instanceUrls, rate: RATE, seconds: SECONDS, tracker: options.tracker });
    const loadedFloor = probe.sampleUntil(sending, 50);
    const sent = await sending;
    await options.tracker.drain(DRAIN_MS);
    loopDelay.disable();
    const servers = await readServerViews(options.instanceUrls);
    // The histogram counts the sampling timer's own interval; what is left is the lag.
    const lagMs = (ns: number) => Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS);
    return { sent, servers, idleFloor, loadedFloor: await loadedFloor, loopDelayMs: { p50: lagMs(loopDelay.percentile(50)), p99: lagMs(loopDelay.percentile(99)), max: lagMs(loopDelay.max) } };
  } finally {
    await probe.close();
  }
}

type Measured = Awaited<ReturnType<typeof measure>>;

function printResults(options: { sockets: PlayerSocket[]; battles: BenchBattle[]; tracker: DeliveryTracker; measured: Measured }): boolean {
  const { sent, servers, idleFloor, loadedFloor, loopDelayMs } = options.measured;
  const { tracker } = options;
  const perInstance = Map.groupBy(options.sockets, (s) => s.instance);
  const placement = [...perInstance].map(([instance, list]) => `${list.length} on ${instance === 'nginx' ? 'NGINX' : `instance ${instance + 1}`}`).join(', ');
  const latency = (relation?: string) => tracker.deliveries.filter((d) => !relation || d.relation === relation).map((d) => d.latencyMs);
  console.log(`\nsockets connected: ${options.sockets.length} (${placement}); battles: ${options.battles.length} × ${PLAYERS_PER_BATTLE}`);
  console.log(`reports sent: ${sent.sent} over ${SECONDS} s at ${RATE}/s, failed: ${sent.failed}${sent.firstFailure ? ` (first: ${sent.firstFailure})` : ''}`);
  console.log(`deliveries: ${tracker.deliveries.length} of ${tracker.expected()} expected, missing: ${tracker.missing()}, strays: ${tracker.strays()}\n`);
  printLatencyTable([
    { label: 'fan-out, hook POST → battle:progress at a socket', samples: latency() },
    ...(VIA_NGINX ? [] : [
      { label: "  sockets on the hook's instance", samples: latency('same') },
      { label: '  sockets on the other instance (Redis adapter)', samples: latency('cross') },
    ]),
    { label: "spread: a report's last socket − its first", samples: tracker.spreads() },
    { label: 'hook HTTP round trip (POST → 204)', samples: sent.httpMs },
    { label: 'floor: Redis PUBLISH → message, idle', samples: idleFloor },
    { label: 'floor: Redis PUBLISH → message, during the load', samples: loadedFloor },
  ]);
  console.log(`bench process event-loop lag (adds to every figure above): p50 ${loopDelayMs.p50.toFixed(1)} ms, p99 ${loopDelayMs.p99.toFixed(1)} ms, max ${loopDelayMs.max.toFixed(1)} ms`);
  printServerViews(servers);
  if (process.env.BENCH_TIMELINE === 'true') printTimeline(tracker.deliveries);
  const p99 = percentile(latency(), 99);
  console.log(`target: fan-out p99 under ${TARGET_P99_MS} ms: ${p99 < TARGET_P99_MS ? 'met' : 'NOT met'} (${p99.toFixed(1)} ms)`);
  return sent.failed === 0 && tracker.missing() === 0 && tracker.deliveries.length > 0;
}

async function run(started: ThrowawayStack): Promise<boolean> {
  const instanceUrls = started.serviceUrls('battle-api');
  const sql = postgres(started.databaseUrl, { max: 4, onnotice: () => {} });
  let sockets: PlayerSocket[] = [];
  try {
    const battles = await prepareBattles(sql, instanceUrls, started.url);
    const tracker = createDeliveryTracker(PLAYERS_PER_BATTLE);
    const since = performance.now();
    sockets = await connectPlayers({ battles, instanceUrls, viaUrl: VIA_NGINX ? started.url : undefined, concurrency: CONNECT_CONCURRENCY, onProgress: tracker.onProgress });
    console.log(`${sockets.length} sockets connected and joined (battle:join acked) in ${elapsed(since)}, ${CONNECT_CONCURRENCY} at a time`);
    const measured = await measure({ battles, instanceUrls, tracker, redisUrl: started.redisUrl });
    return printResults({ sockets, battles, tracker, measured });
  } finally {
    disconnectAll(sockets);
    await sql.end();
  }
}

reportFileLimit();
ensureSystemPackages();
ensureFlyway();
const stackSince = performance.now();
const stack = await startThrowawayStack({
  name: 'bench-battles',
  serviceEnv: {
    BATTLE_TEST_HOOKS: 'true',
    BATTLE_DURATION_SECONDS: String(BATTLE_SECONDS),
    // Nobody forfeits or is called off while the sockets are still connecting.
    FORFEIT_GRACE_SECONDS: String(BATTLE_SECONDS),
    MAX_PAUSE_SECONDS: String(BATTLE_SECONDS),
  },
});
running.stack = stack;
console.log(`throwaway stack up in ${elapsed(stackSince)} (2 battle-api processes: ${stack.serviceUrls('battle-api').join(', ')})`);
let passed = false;
try {
  passed = await run(stack);
} finally {
  await stack.finish({ keepLogs: !passed });
  clearTimeout(watchdog);
}
if (!passed) console.error('[bench-battles] incomplete: a report failed or a delivery is missing');
process.exitCode = passed ? 0 : 1;
