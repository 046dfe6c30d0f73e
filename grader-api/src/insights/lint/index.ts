export { createCodeAnalysis, LINT_LIMITS, type AnalysisSource, type CodeAnalysis } from './code-analysis.ts';
