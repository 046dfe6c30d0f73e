/**
 * The reference corpus: one program per growth class and language (issue 14), each with the
 * sizes it is measured at and the input it reads, for corpus.test.ts. The inputs are built
 * per class so that reading them costs no more than the class allows:
 *
 * - `1` and `log n` read the number n alone (n·2; a binary search on [0, n] whose check costs a
 *   fixed K divisions), n up to 2⁵³;
 * - `n log n` reads n alone and sorts n numbers it generates (MINSTD, a few instructions each):
 *   read from the input, scanf's ~1,000 instructions a number outweigh a sort's n log n at any
 *   size we can afford, and the series is detected as n. C, C++, Java and JavaScript use their
 *   own sort, Python a merge sort written out (its generating loop costs as much as `sorted`);
 * - `n`, `n^2` and `2^n` read n, then n numbers (sum; all pairs summing to 1000; how many subsets
 *   sum to half the total, every subset enumerated).
 *
 * Every series is 8 sizes, geometric (`2^n`: n in steps of 2), chosen so that the work dwarfs
 * the start-up at the larger sizes and the whole series stays cheap: smaller for Python (under
 * valgrind ~1.2 s a run) than for C and C++, larger for the timed Java and JavaScript (whose
 * start-up is tens of milliseconds of noise).
 */
import { readFileSync } from 'node:fs';
import type { ComplexityClass, Language } from '@eduscale/contracts';

export const CORPUS_LANGUAGES = ['c', 'cpp', 'python', 'java', 'javascript'] as const satisfies readonly Language[];
export type CorpusLanguage = (typeof CORPUS_LANGUAGES)[number];
export const CORPUS_CLASSES = ['1', 'log n', 'n', 'n log n', 'n^2', '2^n'] as const satisfies readonly ComplexityClass[];
export type CorpusClass = (typeof CORPUS_CLASSES)[number];

export interface CorpusProgram {
  /** e.g. `n-log-n/main.c` */
  name: string;
  language: CorpusLanguage;
  expected: CorpusClass;
  code: string;
  sizes: number[];
  input: (n: number) => string;
}

const FOLDERS: Record<CorpusClass, string> = { '1': '1', 'log n': 'log-n', n: 'n', 'n log n': 'n-log-n', 'n^2': 'n-squared', '2^n': '2-to-the-n' };
const FILES: Record<CorpusLanguage, string> = { c: 'main.c', cpp: 'main.cpp', python: 'main.py', java: 'Main.java', javascript: 'main.js' };

type Family = 'native' | 'python' | 'timed';
const family = (language: CorpusLanguage): Family => (language === 'python' ? 'python' : language === 'c' || language === 'cpp' ? 'native' : 'timed');

const geometric = (from: number, ratio: number) => Array.from({ length: 8 }, (_, i) => Math.round(from * ratio ** i));
const stepping = (from: number) => Array.from({ length: 8 }, (_, i) => from + 2 * i);
/** n = 2⁴, 2¹¹, … 2⁵³: the binary search's 4 to 53 steps. */
const POWERS_OF_TWO = Array.from({ length: 8 }, (_, i) => 2 ** (4 + 7 * i));

const SIZES: Record<CorpusClass, Record<Family, number[]>> = {
  '1': { native: geometric(1000, 4), python: geometric(1000, 4), timed: geometric(1000, 4) },
  'log n': { native: POWERS_OF_TWO, python: POWERS_OF_TWO, timed: POWERS_OF_TWO },
  n: { native: geometric(1000, 2), python: geometric(500, 2), timed: geometric(30_000, 1.8) },
  'n log n': { native: geometric(2000, 2), python: geometric(500, 2), timed: geometric(40_000, 1.75) },
  'n^2': { native: geometric(250, 1.5), python: geometric(120, 1.35), timed: geometric(4000, 1.4) },
  '2^n': { native: stepping(10), python: stepping(6), timed: stepping(12) },
};

/** n, then n pseudo-random numbers in [low, low + span): the same every time (MINSTD, exact in doubles). */
export function numbers(n: number, low: number, span: number): string {
  let state = 12345;
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    state = (state * 48271) % 2147483647;
    values.push(low + (state % span));
  }
  return `${n}\n${values.join(' ')}\n`;
}

const INPUTS: Record<CorpusClass, (n: number) => string> = {
  '1': (n) => `${n}\n`,
  'log n': (n) => `${n}\n`,
  n: (n) => numbers(n, 0, 1_000_000),
  'n log n': (n) => `${n}\n`,
  'n^2': (n) => numbers(n, 0, 1000),
  '2^n': (n) => numbers(n, 1, 20),
};

export const CORPUS: readonly CorpusProgram[] = CORPUS_CLASSES.flatMap((expected) =>
  CORPUS_LANGUAGES.map((language) => {
    const name = `${FOLDERS[expected]}/${FILES[language]}`;
    return {
      name,
      language,
      expected,
      code: readFileSync(new URL(name, import.meta.url), 'utf8'),
      sizes: SIZES[expected][family(language)],
      input: INPUTS[expected],
    };
  }),
);
