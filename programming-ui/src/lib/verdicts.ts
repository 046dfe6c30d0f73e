import type { Verdict } from '@eduscale/contracts';

export const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  output_limit_exceeded: 'Output limit exceeded',
  runtime_error: 'Runtime error',
  compilation_error: 'Compilation error',
  internal_error: 'Internal error',
};

export type VerdictTone = 'success' | 'danger' | 'warning' | 'neutral';

export const VERDICT_TONES: Record<Verdict, VerdictTone> = {
  accepted: 'success',
  wrong_answer: 'danger',
  runtime_error: 'danger',
  time_limit_exceeded: 'warning',
  memory_limit_exceeded: 'warning',
  output_limit_exceeded: 'warning',
  compilation_error: 'warning',
  internal_error: 'neutral',
};

/** Badge colours per tone, from the theme's semantic tokens (AA in both themes). */
export const TONE_CLASSES: Record<VerdictTone, string> = {
  success: 'bg-easy-soft text-easy ring-easy/25',
  danger: 'bg-danger-soft text-danger ring-danger/25',
  warning: 'bg-medium-soft text-medium ring-medium/25',
  neutral: 'bg-surface-muted text-ink-muted ring-line-strong',
};
