import { COMPLEXITY_CLASSES, type Complexity, type ComplexityClass, type ComplexityPoint, type Language } from '@eduscale/contracts';
import { LANGUAGE_SPECS } from '../../languages/languages.ts';
import type { Box, ExecResult, Limits } from '../../sandbox/sandbox.ts';
import { fitComplexity, MIN_POINTS } from './fit.ts';
import { countedArgv, countedEnv, parseInstructionCount } from './instructions.ts';
import { medianInterval } from './timings.ts';

const MiB = 1024 * 1024;

/** Languages whose cost is counted in instructions (deterministic); the JIT-compiled others are timed. */
export const COUNTED_LANGUAGES: readonly Language[] = ['c', 'cpp', 'rust', 'go', 'python'];
export const TIMED_RUNS = 5;
/**
 * Timings need work well above a JIT's noise, so timed languages measure only a series' largest
 * sizes; counts are exact from the smallest, and stop as soon as the class is decided.
 */
export const TIMED_SIZES = 8;
/** The confidence at which a series' class is decided, once it has the points a fit needs. */
const DECIDED_CONFIDENCE = 0.8;

export interface SeriesInput {
  n: number;
  input: string;
}

export interface MeasureBudget {
  /** CPU time one run may take (under valgrind, for counted languages). */
  runCpuMs: number;
  /** CPU time the whole series may take: a size predicted to go past it is not run. */
  totalCpuMs: number;
}

export const DEFAULT_BUDGETS = {
  instructions: { runCpuMs: 20_000, totalCpuMs: 60_000 },
  ms: { runCpuMs: 5_000, totalCpuMs: 30_000 },
} as const satisfies Record<Complexity['unit'], MeasureBudget>;

export interface MeasureRequest {
  /** A box holding the compiled program. */
  box: Box;
  language: Language;
  /** The program's argv (the language plan's `run(memoryMb)`). */
  argv: readonly string[];
  /** The assignment's stored inputs, smallest n first. */
  inputs: readonly SeriesInput[];
  expected?: ComplexityClass;
  /** The program's memory limit (MiB), as given to `run`; default the language's. */
  memoryMb?: number;
  budget?: Partial<MeasureBudget>;
}

/**
 * Why a series ended before its last size: decided (its class is known: more sizes would not
 * change it), budget (predicted past it), limit (a run hit one), failed (non-zero exit),
 * uncounted (valgrind gave no count).
 */
export type StopReason = 'decided' | 'budget' | 'limit' | 'failed' | 'uncounted';

export interface MeasuredSeries {
  unit: Complexity['unit'];
  /** The cost at every size measured, smallest first, start-up included. */
  raw: ComplexityPoint[];
  /** The cost difference that is noise: the timings' interval, the counts' wobble. */
  noise: number;
  /** CPU time the measuring took, all runs. */
  cpuMs: number;
  /** CPU time of each size run (or tried), in order. */
  cpuMsPerSize: number[];
  stopped?: { n: number; reason: StopReason };
}

interface SizeCost {
  cost: number;
  noise: number;
  cpuMs: number;
}

/**
 * Runs the program on each input in turn and measures its cost. Stops at the first size the
 * budget cannot afford or the program does not finish cleanly; what the program does is never
 * an exception, only a SandboxFault from the box propagates.
 */
export async function measureSeries(request: MeasureRequest): Promise<MeasuredSeries> {
  const unit = COUNTED_LANGUAGES.includes(request.language) ? 'instructions' : 'ms';
  const budget = { ...DEFAULT_BUDGETS[unit], ...request.budget };
  const limits = runLimits(request, unit, budget);
  const raw: ComplexityPoint[] = [];
  const noises: number[] = [];
  const spent: number[] = [];
  let stopped: MeasuredSeries['stopped'];
  const inputs = unit === 'ms' ? request.inputs.slice(-TIMED_SIZES) : request.inputs;
  for (const { n, input } of inputs) {
    if (decided({ unit, raw, noise: seriesNoise(unit, raw, noises) }, request.expected)) {
      stopped = { n, reason: 'decided' };
      break;
    }
    if (predictedCpuMs(spent) > Math.min(budget.totalCpuMs - sum(spent), unit === 'ms' ? budget.runCpuMs * TIMED_RUNS : budget.runCpuMs)) {
      stopped = { n, reason: 'budget' };
      break;
    }
    const measured = unit === 'instructions' ? await countInstructions(request, input, limits) : await timeRuns(request, input, limits, raw.length === 0);
    if ('reason' in measured) {
      spent.push(measured.cpuMs);
      stopped = { n, reason: measured.reason };
      break;
    }
    raw.push({ n, cost: measured.cost });
    noises.push(measured.noise);
    spent.push(measured.cpuMs);
  }
  return { unit, raw, noise: seriesNoise(unit, raw, noises), cpuMs: sum(spent), cpuMsPerSize: spent, ...(stopped ? { stopped } : {}) };
}

/**
 * Measures the series and fits it. The points are the costs beyond the smallest size's (the
 * start-up, reading the input's first line), which is left out; null when fewer than 5 sizes
 * beyond it were measured.
 */
export async function measureComplexity(request: MeasureRequest): Promise<Complexity | null> {
  return complexityOf(await measureSeries(request), request.expected);
}

export function complexityOf(series: Pick<MeasuredSeries, 'unit' | 'raw' | 'noise'>, expected?: ComplexityClass): Complexity | null {
  if (series.raw.length === 0) return null;
  // The smallest size's cost, unless timing noise put a later size's below it.
  const base = Math.min(...series.raw.map((p) => p.cost));
  const digits = series.unit === 'ms' ? 100 : 1;
  const points = series.raw.slice(1).map((p) => ({ n: p.n, cost: Math.round((p.cost - base) * digits) / digits }));
  const fit = fitComplexity(points, { noiseFloor: series.noise });
  if (!fit) return null;
  return { ...fit, ...(expected ? { expected } : {}), unit: series.unit, points };
}

function seriesNoise(unit: Complexity['unit'], raw: readonly ComplexityPoint[], noises: readonly number[]): number {
  const base = raw[0]?.cost ?? 0;
  return unit === 'instructions' ? INSTRUCTION_WOBBLE.absolute + INSTRUCTION_WOBBLE.relative * base : Math.max(MIN_TIMING_NOISE_MS, median(noises));
}

/**
 * Whether the sizes measured so far decide the class: a confident fit that names the class
 * expected, or whose every candidate (the class, and a `between`'s) grows faster than it. Larger
 * sizes make the fastest-growing term weigh more, so they do not turn n^2 into n; a class below
 * the one expected (scanf's n before a sort's n log n shows), or above it with the expected one
 * still a candidate (Python's dict growing at small n looks like n log n), is left for the larger
 * sizes to settle.
 */
function decided(series: Pick<MeasuredSeries, 'unit' | 'raw' | 'noise'>, expected: ComplexityClass | undefined): boolean {
  if (series.raw.length < MIN_POINTS + 1 || expected === undefined) return false;
  const complexity = complexityOf(series);
  if (!complexity || complexity.confidence < DECIDED_CONFIDENCE) return false;
  if (complexity.detected === expected) return true;
  const rank = (cls: ComplexityClass) => COMPLEXITY_CLASSES.indexOf(cls);
  return [complexity.detected, ...(complexity.between ?? [])].every((cls) => rank(cls) > rank(expected));
}

/**
 * Go's collector moves its counts by a few tens of thousands of instructions; C, C++, Rust and
 * Python with its hash seed fixed repeat exactly (unseeded, Python moved by up to 0.2 %).
 */
const INSTRUCTION_WOBBLE = { absolute: 50_000, relative: 0.0005 };
const MIN_TIMING_NOISE_MS = 0.5;
/** valgrind's own memory (its core, the translation cache) beside the program's. */
const VALGRIND_MEMORY_MB = 256;

async function countInstructions(request: MeasureRequest, input: string, limits: Limits): Promise<SizeCost | Failure> {
  const result = await request.box.exec({ argv: countedArgv(request.language, request.argv), env: countedEnv(request.language), stdin: input, limits, writableBox: false });
  const failure = failed(result);
  if (failure) return failure;
  const cost = parseInstructionCount(result.stderr.toString('utf8'));
  if (cost === undefined) return { reason: 'uncounted', cpuMs: result.cpuMs };
  return { cost, noise: 0, cpuMs: result.cpuMs };
}

/** One warm-up run before the first size (disk cache, CPU frequency), then the median of TIMED_RUNS. */
async function timeRuns(request: MeasureRequest, input: string, limits: Limits, warmUp: boolean): Promise<SizeCost | Failure> {
  const argv = ['/usr/bin/sh', '-c', 'exec "$@" >/dev/null 2>&1', 'time', ...request.argv];
  const samples: number[] = [];
  let cpuMs = 0;
  for (let i = warmUp ? -1 : 0; i < TIMED_RUNS; i++) {
    const result = await request.box.exec({ argv, stdin: input, limits, writableBox: false });
    cpuMs += result.cpuMs;
    const failure = failed(result);
    if (failure) return { ...failure, cpuMs };
    if (i >= 0) samples.push(result.cpuMs);
  }
  const { median: cost, low, high } = medianInterval(samples);
  return { cost, noise: (high - low) / 2, cpuMs };
}

interface Failure {
  reason: StopReason;
  cpuMs: number;
}

function failed(result: ExecResult): Failure | undefined {
  if (result.limitHit !== null) return { reason: 'limit', cpuMs: result.cpuMs };
  if (result.exitCode !== 0) return { reason: 'failed', cpuMs: result.cpuMs };
  return undefined;
}

function runLimits(request: MeasureRequest, unit: Complexity['unit'], budget: MeasureBudget): Limits {
  const spec = LANGUAGE_SPECS[request.language];
  const memoryMb = (request.memoryMb ?? spec.defaultMemoryMb) + spec.runtimeOverheadMb + (unit === 'instructions' ? VALGRIND_MEMORY_MB : 0);
  return {
    cpuMs: budget.runCpuMs,
    // A backstop for sleepers only: on a loaded grader (load 20 on 2 cores, seen in CI) an 8 s
    // valgrind run took over 40 s of wall clock, and a size lost to it ends the series.
    wallMs: budget.runCpuMs * 6,
    memoryBytes: memoryMb * MiB,
    processes: 96,
    outputBytes: 64 * 1024,
    fileBytes: 16 * MiB,
  };
}

/** The next size's CPU time if it grows from the last as the last grew from the one before (at least as much). */
function predictedCpuMs(spent: readonly number[]): number {
  const [before, last] = spent.slice(-2);
  if (last === undefined || before === undefined) return 0;
  return last * Math.max(1, last / Math.max(before, 1));
}

function sum(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0);
}

function median(values: readonly number[]): number {
  return values.length ? medianInterval(values).median : 0;
}
