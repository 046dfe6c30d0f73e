import type { Language, Verdict } from '@eduscale/contracts';
import { COMPILE_LIMITS, LANGUAGE_SPECS, type LanguagePlan, type LanguageSpec } from '../languages/languages.ts';
import type { Box, ExecResult, Limits, Sandbox } from '../sandbox/sandbox.ts';
import { checkOutput, type Checker } from './checker.ts';
import { mapInOrder } from './in-order.ts';
import { executionVerdict, overallVerdict } from './verdict.ts';

const MiB = 1024 * 1024;
const COMPILE_OUTPUT_CAP = 16 * 1024;

export interface ProgramLimits {
  timeMs: number;
  memoryMb: number;
  outputBytes: number;
}

export interface RunOutcome {
  verdict: Verdict;
  stdout: string;
  stderr: string;
  exitCode: number | null;
  timeMs: number;
  memoryKb: number;
  compileOutput: string | null;
}

export interface TestCase {
  name: string;
  input: string;
  expected: string;
  /** Samples are public, so their feedback may quote the output; hidden tests' never does. */
  visible?: boolean;
}

export interface TestOutcome {
  name: string;
  verdict: Verdict;
  timeMs: number;
  memoryKb: number;
  /** Where the output first differs: visible tests only. */
  message?: string;
}

export interface GradeOutcome {
  verdict: Verdict;
  score: number;
  tests: TestOutcome[];
  compileOutput: string | null;
}

/** A compiled program: its box (read-only to the program) and the argv that runs it with a memory limit in MiB. */
export interface CompiledProgram {
  box: Box;
  run: (memoryMb: number) => string[];
  spec: LanguageSpec;
}

type Compiled = { ok: true; plan: LanguagePlan; output: string | null } | { ok: false; output: string };

/**
 * Compile once, run per input, turn what happened into verdicts. `testParallelism` runs that
 * many tests of one grading at once (in separate sandboxes over the same read-only box), which
 * shortens a grading on an idle grader; results are still reported in test order.
 */
export function createExecutionService(deps: { sandbox: Sandbox; testParallelism?: number; onExec?: (result: ExecResult, step: 'compile' | 'run') => void }) {
  const { sandbox } = deps;
  const observed = (step: 'compile' | 'run') => (result: ExecResult) => {
    deps.onExec?.(result, step);
    return result;
  };

  async function withCompiled<T>(source: { language: Language; code: string; owner?: string }, use: (box: Box | undefined, compiled: Compiled) => Promise<T>): Promise<T> {
    const planned = LANGUAGE_SPECS[source.language].plan(source.code);
    if ('error' in planned) return use(undefined, { ok: false, output: planned.error });
    const box = await sandbox.createBox(planned.files, { owner: source.owner });
    try {
      return await use(box, await compile(box, planned));
    } finally {
      await box.dispose();
    }
  }

  async function compile(box: Box, plan: LanguagePlan): Promise<Compiled> {
    if (!plan.compile) return { ok: true, plan, output: null };
    const result = await box
      .exec({ argv: plan.compile.argv, env: plan.compile.env, toolchains: plan.compile.toolchains, limits: COMPILE_LIMITS, writableBox: true })
      .then(observed('compile'));
    const output = compilerOutput(result);
    if (result.exitCode === 0 && result.limitHit === null) return { ok: true, plan, output: output || null };
    const explanation = result.limitHit === null ? plan.compile.explain?.(output) : undefined;
    const shown = output || `The compiler stopped (${result.limitHit ?? result.signal ?? `exit ${result.exitCode}`}).`;
    return { ok: false, output: explanation ? `${explanation}\n\n${shown}` : shown };
  }

  function execute(box: Box, plan: LanguagePlan, spec: LanguageSpec, stdin: string, limits: ProgramLimits): Promise<ExecResult> {
    return box.exec({ argv: plan.run(limits.memoryMb), stdin, limits: programLimits(spec, limits), writableBox: false }).then(observed('run'));
  }

  return {
    /** The editor's "Run": one execution on the caller's input. */
    async run(request: { language: Language; code: string; stdin: string; limits: ProgramLimits; owner?: string }): Promise<RunOutcome> {
      const spec = LANGUAGE_SPECS[request.language];
      return withCompiled(request, async (box, compiled) => {
        if (!box || !compiled.ok) return { ...EMPTY_RUN, verdict: 'compilation_error', compileOutput: compiled.output };
        const result = await execute(box, compiled.plan, spec, request.stdin, request.limits);
        return {
          verdict: executionVerdict(result) ?? 'accepted',
          stdout: result.stdout.toString('utf8'),
          stderr: result.stderr.toString('utf8'),
          exitCode: result.exitCode,
          timeMs: Math.round(result.cpuMs),
          memoryKb: Math.round(result.memoryBytes / 1024),
          compileOutput: compiled.output,
        };
      });
    },

    /**
     * The compiled program in its box, for analyses that run it again (measured complexity);
     * undefined when it does not compile. The box is disposed of when `use` settles.
     */
    async withProgram<T>(source: { language: Language; code: string; owner?: string }, use: (program: CompiledProgram) => Promise<T>): Promise<T | undefined> {
      return withCompiled(source, async (box, compiled) => (box && compiled.ok ? use({ box, run: compiled.plan.run, spec: LANGUAGE_SPECS[source.language] }) : undefined));
    },

    /** Grading: compile once, run every test in order, report each as it finishes. */
    async grade(request: {
      language: Language;
      code: string;
      tests: TestCase[];
      checker: Checker;
      limits: Omit<ProgramLimits, 'outputBytes'>;
      onTest?: (outcome: TestOutcome, index: number) => void | Promise<void>;
      /** Whose grading this is, for the fair share of sandboxes. */
      owner?: string;
    }): Promise<GradeOutcome> {
      const spec = LANGUAGE_SPECS[request.language];
      return withCompiled(request, async (box, compiled) => {
        if (!box || !compiled.ok) return { verdict: 'compilation_error', score: 0, tests: [], compileOutput: compiled.output };
        const tests = await mapInOrder(
          request.tests,
          deps.testParallelism ?? 1,
          async (test): Promise<TestOutcome> => {
            // Room for the expected answer and then some, so a wrong answer is judged, not cut off.
            const outputBytes = Math.max(64 * 1024, Buffer.byteLength(test.expected) * 2 + 4096);
            const result = await execute(box, compiled.plan, spec, test.input, { ...request.limits, outputBytes });
            const failed = executionVerdict(result);
            const checked = failed ? undefined : checkOutput(request.checker, test.expected, result.stdout.toString('utf8'));
            return {
              name: test.name,
              verdict: failed ?? (checked?.ok ? 'accepted' : 'wrong_answer'),
              timeMs: Math.round(result.cpuMs),
              memoryKb: Math.round(result.memoryBytes / 1024),
              ...(test.visible && checked && !checked.ok ? { message: checked.reason } : {}),
            };
          },
          async (outcome, index) => request.onTest?.(outcome, index),
        );
        const passed = tests.filter((t) => t.verdict === 'accepted').length;
        return { verdict: overallVerdict(tests.map((t) => t.verdict)), score: tests.length ? passed / tests.length : 0, tests, compileOutput: compiled.output };
      });
    },
  };
}

export type ExecutionService = ReturnType<typeof createExecutionService>;

const EMPTY_RUN: Omit<RunOutcome, 'verdict' | 'compileOutput'> = { stdout: '', stderr: '', exitCode: null, timeMs: 0, memoryKb: 0 };

function programLimits(spec: LanguageSpec, limits: ProgramLimits): Limits {
  const cpuMs = limits.timeMs + spec.startupAllowanceMs;
  return {
    cpuMs,
    // Sleeping or blocked programs use no CPU; the wall clock stops them.
    wallMs: Math.max(cpuMs * 2, cpuMs + 1000),
    memoryBytes: (limits.memoryMb + spec.runtimeOverheadMb) * MiB,
    // Java needs >= 64 threads at start, Node hangs under ~12.
    processes: 96,
    outputBytes: limits.outputBytes,
    fileBytes: 16 * MiB,
  };
}

function compilerOutput(result: ExecResult): string {
  const text = `${result.stdout.toString('utf8')}${result.stderr.toString('utf8')}`.trim();
  return text.length > COMPILE_OUTPUT_CAP ? `${text.slice(0, COMPILE_OUTPUT_CAP)}\n… (truncated)` : text;
}
