import type { Finding, FunctionMetric, Language } from '@eduscale/contracts';
import type { ExecResult, Limits, Sandbox, Toolchain } from '../../sandbox/sandbox.ts';
import { backgroundOwner } from '../../sandbox/slots.ts';
import { acceptFindings, lineCount } from './findings.ts';
import { LINTERS } from './languages.ts';
import { lizard, parseLizardCsv } from './lizard.ts';

const MiB = 1024 * 1024;

/**
 * Each tool's sandbox: a few seconds of CPU (a linter reads one short file in well under one),
 * bounded memory and output, the box read-only (tools write only to /tmp). A tool that
 * needs more CPU (a type check of its imports) says so in its Linter.
 */
export const LINT_LIMITS: Limits = {
  cpuMs: 3_000,
  wallMs: 10_000,
  memoryBytes: 768 * MiB,
  processes: 64,
  outputBytes: 1 * MiB,
  fileBytes: 16 * MiB,
};

export interface AnalysisSource {
  language: Language;
  code: string;
  /** Whose code it is, for the fair share of sandboxes. */
  owner?: string;
  /** Nobody waits for it (insights after a verdict): its boxes yield sandbox slots to everyone else's. */
  background?: boolean;
}

export interface CodeAnalysis {
  /** What the language's linter finds; a tool that stopped (a limit, a crash) is one info finding saying so. */
  lint(source: AnalysisSource): Promise<Finding[]>;
  /** Every function's length and cyclomatic complexity, by lizard; empty when lizard stopped. */
  functions(source: AnalysisSource): Promise<FunctionMetric[]>;
}

/**
 * Linters and lizard run in the sandbox like compilers: the code is untrusted and so is what the
 * tools print about it. Only infrastructure faults (SandboxFault) throw.
 */
export function createCodeAnalysis(deps: { sandbox: Sandbox }): CodeAnalysis {
  async function runTool(source: AnalysisSource, tool: { file: string; argv: string[]; env?: Record<string, string>; toolchains?: readonly Toolchain[]; cpuMs?: number }): Promise<ExecResult> {
    const box = await deps.sandbox.createBox({ [tool.file]: source.code }, { owner: source.background ? backgroundOwner(source.owner) : source.owner });
    try {
      const cpuMs = tool.cpuMs ?? LINT_LIMITS.cpuMs;
      return await box.exec({
        argv: tool.argv,
        env: tool.env,
        toolchains: tool.toolchains,
        limits: { ...LINT_LIMITS, cpuMs, wallMs: Math.max(LINT_LIMITS.wallMs, cpuMs * 3) },
        writableBox: false,
      });
    } finally {
      await box.dispose();
    }
  }

  return {
    async lint(source) {
      const linter = LINTERS[source.language];
      const file = linter.file(source.code);
      const result = await runTool(source, { file, argv: linter.argv(file), env: linter.env, toolchains: linter.toolchains, cpuMs: linter.cpuMs });
      const output = { stdout: result.stdout.toString('utf8'), stderr: result.stderr.toString('utf8'), exitCode: result.exitCode };
      const findings = acceptFindings(linter.tool, linter.parse(output, file), lineCount(source.code));
      const stopped = stopReason(result, linter.cpuMs ?? LINT_LIMITS.cpuMs, (code) => linter.finished(code));
      return stopped ? [...findings, stoppedFinding(linter.tool, stopped)] : findings;
    },

    async functions(source) {
      const file = lizard.file(source.language);
      const result = await runTool(source, { file, argv: lizard.argv(file) });
      if (stopReason(result, LINT_LIMITS.cpuMs, (code) => code === 0)) return [];
      return parseLizardCsv(result.stdout.toString('utf8'), lineCount(source.code));
    },
  };
}

/** Why a tool did not run to its end, in words for the student; undefined when it did. */
function stopReason(result: ExecResult, cpuMs: number, finished: (exitCode: number) => boolean): string | undefined {
  switch (result.limitHit) {
    case 'cpu':
      return `time limit ${cpuMs / 1000} s`;
    case 'wall':
      return 'wall-clock limit';
    case 'memory':
      return `memory limit ${LINT_LIMITS.memoryBytes / MiB} MiB`;
    case 'output':
      return `output limit ${LINT_LIMITS.outputBytes / MiB} MiB`;
    case 'file':
      return 'file size limit';
    case null:
      break;
  }
  if (result.outputTruncated) return `output limit ${LINT_LIMITS.outputBytes / MiB} MiB`;
  if (result.exitCode === null) return `killed${result.signal ? ` (${result.signal})` : ''}`;
  if (result.exitCode === 126 || result.exitCode === 127) return 'not installed on this grader';
  if (finished(result.exitCode)) return undefined;
  return result.signal ? `crashed (${result.signal})` : `exit status ${result.exitCode}`;
}

function stoppedFinding(tool: string, reason: string): Finding {
  return { tool, rule: 'stopped', severity: 'info', line: 1, message: `${tool} stopped: ${reason}` };
}
