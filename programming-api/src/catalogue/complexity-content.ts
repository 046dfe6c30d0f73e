import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ComplexitySpec, type AuthoredComplexity, type ComplexityInput } from './content.schema.ts';

/** The grader runs a submission under valgrind on every input: these keep a series affordable. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;
export const MAX_SERIES_BYTES = 6 * 1024 * 1024;

const FILES = ['generate.ts', 'spec.json'];

/**
 * A generator sees only n and the seeded random it is given. It must not read, import, look at
 * the clock or use its own randomness: the inputs are the same on every machine and every seed.
 */
const FORBIDDEN = [
  { pattern: /\bimport\b|\brequire\s*\(/, what: 'imports' },
  { pattern: /\bMath\.random\b/, what: 'Math.random (use the random it is given)' },
  { pattern: /\bDate\b|\bperformance\b/, what: 'the clock' },
  { pattern: /\bprocess\b|\bglobalThis\b|\bfetch\b/, what: 'the process or the network' },
];

/** content.ts reports it as a ContentError of the assignment. */
export class ComplexityContentError extends Error {
  override name = 'ComplexityContentError';
}

/** mulberry32, seeded from the slug and n: each size's input depends on nothing else. */
export function seededRandom(slug: string, n: number): () => number {
  let state = createHash('sha256').update(`${slug}\0${n}`).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads `<folder>/complexity/` if there is one; null when there is not. */
export async function readComplexity(folder: string, slug: string): Promise<AuthoredComplexity | null> {
  const dir = join(folder, 'complexity');
  const files = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ComplexityContentError(`complexity/ is not a readable folder: ${error.code ?? error.message}`);
  });
  if (files === undefined) return null;
  const unknown = files.filter((f) => !FILES.includes(f));
  if (unknown.length > 0) throw new ComplexityContentError(`complexity/: unknown files ${unknown.join(', ')} (only ${FILES.join(' and ')})`);
  const spec = await readSpec(join(dir, 'spec.json'));
  const generate = await loadGenerator(join(dir, 'generate.ts'));
  return { expected: spec.expected, n: spec.n, inputs: generateSeries(slug, spec.sizes, generate) };
}

async function readSpec(path: string): Promise<ComplexitySpec> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw new ComplexityContentError('complexity/spec.json is missing');
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ComplexityContentError(`complexity/spec.json: not JSON: ${(error as Error).message}`);
  }
  const parsed = ComplexitySpec.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
    throw new ComplexityContentError(`complexity/spec.json: ${issues.join('; ')}`);
  }
  return parsed.data;
}

type Generate = (n: number, random: () => number) => unknown;

async function loadGenerator(path: string): Promise<Generate> {
  const source = await readFile(path, 'utf8').catch(() => {
    throw new ComplexityContentError('complexity/generate.ts is missing');
  });
  const used = FORBIDDEN.filter((f) => f.pattern.test(source)).map((f) => f.what);
  if (used.length > 0) throw new ComplexityContentError(`complexity/generate.ts must not use ${used.join(', ')}`);
  // The query names this text: an edited generator is loaded afresh, not from the module cache.
  const url = `${pathToFileURL(path).href}?sha=${createHash('sha256').update(source).digest('hex').slice(0, 16)}`;
  let module: { default?: unknown };
  try {
    module = (await import(url)) as { default?: unknown };
  } catch (error) {
    throw new ComplexityContentError(`complexity/generate.ts does not load: ${(error as Error).message}`);
  }
  if (typeof module.default !== 'function') throw new ComplexityContentError('complexity/generate.ts must export a default function generate(n, random)');
  return module.default as Generate;
}

function generateSeries(slug: string, sizes: number[], generate: Generate): ComplexityInput[] {
  const inputs: ComplexityInput[] = [];
  let total = 0;
  for (const n of sizes) {
    const input = generateOne(slug, n, generate);
    if (generateOne(slug, n, generate) !== input) {
      throw new ComplexityContentError(`complexity/generate.ts is not deterministic: two calls for n = ${n} gave different inputs`);
    }
    const bytes = Buffer.byteLength(input);
    const previous = inputs.at(-1);
    // A generator that ignores n gives a flat series, which says nothing about growth.
    if (previous && input.length <= previous.input.length) {
      throw new ComplexityContentError(`complexity/generate.ts: the input for n = ${n} is no longer than the one for n = ${previous.n}`);
    }
    if (bytes > MAX_INPUT_BYTES) throw new ComplexityContentError(`complexity/generate.ts: the input for n = ${n} is ${bytes} bytes, over ${MAX_INPUT_BYTES}`);
    total += bytes;
    if (total > MAX_SERIES_BYTES) throw new ComplexityContentError(`complexity/generate.ts: the inputs up to n = ${n} total ${total} bytes, over ${MAX_SERIES_BYTES}`);
    inputs.push({ n, input });
  }
  return inputs;
}

function generateOne(slug: string, n: number, generate: Generate): string {
  let input: unknown;
  try {
    input = generate(n, seededRandom(slug, n));
  } catch (error) {
    throw new ComplexityContentError(`complexity/generate.ts: generate(${n}) threw: ${(error as Error).message}`);
  }
  if (typeof input !== 'string') throw new ComplexityContentError(`complexity/generate.ts: generate(${n}) returned ${typeof input}, not the input text`);
  if (!input.endsWith('\n')) throw new ComplexityContentError(`complexity/generate.ts: the input for n = ${n} does not end with a newline`);
  return input;
}
