import type { Linter, RawFinding } from './linter.ts';

const FIELD = '\t';
const TEMPLATE = ['{line}', '{column}', '{severity}', '{id}', '{message}'].join('\\t');
/** cppcheck has no page per check; this one lists them all. */
const CHECKS_URL = 'https://sourceforge.net/p/cppcheck/wiki/ListOfChecks/';

/**
 * The style checks that point at a defect (a condition always true, a value never read, a
 * shadowed variable, an unsigned compared with zero); the rest of `style` (scope, const,
 * casts, prefer-an-algorithm) is taste.
 */
const DEFECT_STYLE_CHECKS = new Set([
  'unreadVariable', 'unusedVariable', 'unusedStructMember', 'duplicateExpression', 'duplicateCondition', 'duplicateBranch',
  'duplicateAssignExpression', 'duplicateExpressionTernary', 'knownConditionTrueFalse', 'oppositeInnerCondition',
  'identicalConditionAfterEarlyExit', 'identicalInnerCondition', 'redundantAssignment', 'redundantCondition', 'shadowVariable',
  'shadowArgument', 'unsignedLessThanZero', 'unsignedPositive', 'clarifyCondition', 'badBitmaskCheck', 'moduloofone',
  'constStatement', 'comparisonOfBoolWithBoolError', 'incorrectLogicOperator', 'multiCondition', 'knownArgument',
]);
/** cppcheck calls leaks errors; in a program that exits when its one job is done they are a warning. */
const LEAKS = new Set(['memleak', 'memleakOnRealloc', 'resourceLeak', 'leakReturnValNotUsed', 'leakNoVarFunctionCall']);

export const cppcheck = (language: 'c' | 'cpp'): Linter => ({
  tool: 'cppcheck',
  file: () => (language === 'c' ? 'main.c' : 'main.cpp'),
  argv: (file) => [
    '/usr/bin/cppcheck', '--quiet', '--enable=warning,style,performance,portability', '--max-configs=1', '--platform=unix64',
    language === 'c' ? '--language=c' : '--language=c++', language === 'c' ? '--std=c11' : '--std=c++17',
    `--template=${TEMPLATE}`, file,
  ],
  finished: (exitCode) => exitCode === 0,
  parse: ({ stderr }) => stderr.split('\n').flatMap((line): RawFinding[] => {
    const [row, column, severity, id, ...message] = line.split(FIELD);
    if (!id || message.length === 0) return [];
    const level = severityOf(severity ?? '', id);
    return level ? [{ rule: id, severity: level, line: row, column, message: message.join(' '), url: CHECKS_URL }] : [];
  }),
});

function severityOf(severity: string, id: string): RawFinding['severity'] | undefined {
  if (severity === 'error') return LEAKS.has(id) ? 'warning' : 'error';
  if (severity === 'warning') return 'warning';
  if (severity === 'style') return DEFECT_STYLE_CHECKS.has(id) ? 'warning' : undefined;
  if (severity === 'performance' || severity === 'portability') return 'info';
  return undefined;
}
