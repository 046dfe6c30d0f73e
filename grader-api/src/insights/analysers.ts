import type { Sandbox } from '../sandbox/sandbox.ts';
import { measureComplexity } from './complexity/measure.ts';
import type { CodeAnalysers } from './insights.service.ts';
import { createCodeAnalysis } from './lint/index.ts';

/**
 * The analysers a grader runs after a verdict: its linters and lizard in fresh boxes, the
 * complexity series in the program's own (made by the insights service); every box in the
 * background class of the sandbox slots, since nobody waits for them as for a verdict.
 */
export function createAnalysers(sandbox: Sandbox): CodeAnalysers {
  const code = createCodeAnalysis({ sandbox });
  return {
    lint: (source) => code.lint({ ...source, background: true }),
    functions: (source) => code.functions({ ...source, background: true }),
    complexity: ({ program, language, memoryMb, inputs, expected }) =>
      measureComplexity({ box: program.box, language, argv: program.run(memoryMb), memoryMb, inputs, expected }),
  };
}
