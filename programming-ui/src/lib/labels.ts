import type { Difficulty, Language } from '@eduscale/contracts';

export const LANGUAGE_LABELS: Record<Language, string> = {
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  c: 'C',
  cpp: 'C++',
  java: 'Java',
  go: 'Go',
  rust: 'Rust',
};

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: 'Easy',
  medium: 'Medium',
  hard: 'Hard',
};

// Derived from the labels rather than imported from contracts: client islands must not pull
// the contracts' zod schemas into the browser bundle just for this list.
export const DIFFICULTY_ORDER = Object.keys(DIFFICULTY_LABELS) as Difficulty[];
