import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LANGUAGES, Slug } from '@eduscale/contracts';
import { readComplexity } from './complexity-content.ts';
import { AssignmentMeta, SOURCE_FILES, type AuthoredAssignment, type AuthoredComplexity, type TestCase } from './content.schema.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export const DEFAULT_CONTENT_DIR = new URL('../../../content/assignments/', import.meta.url).pathname;

/** Reads and validates every assignment folder; throws one error naming every problem found. */
export async function readCatalogue(dir = DEFAULT_CONTENT_DIR): Promise<AuthoredAssignment[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const slugs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const problems: string[] = [];
  const assignments: AuthoredAssignment[] = [];
  for (const slug of slugs) {
    try {
      assignments.push(await readAssignment(join(dir, slug), slug));
    } catch (error) {
      problems.push(`${slug}: ${(error as Error).message}`);
    }
  }
  if (problems.length > 0) throw new ContentError(`invalid content:\n  ${problems.join('\n  ')}`);
  return assignments;
}

export async function readAssignment(folder: string, slug: string): Promise<AuthoredAssignment> {
  if (!Slug.safeParse(slug).success) throw new ContentError(`folder name "${slug}" is not a valid slug`);
  const parsed = AssignmentMeta.safeParse(JSON.parse(await readFile(join(folder, 'assignment.json'), 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`);
    throw new ContentError(`assignment.json: ${issues.join('; ')}`);
  }
  const meta = parsed.data;
  const statement = await readFile(join(folder, 'statement.md'), 'utf8');
  const samples = await readTests(join(folder, 'tests', 'samples'));
  const hidden = await readTests(join(folder, 'tests', 'hidden'));
  if (samples.length < 1 || samples.length > 3) throw new ContentError(`needs 1-3 samples, has ${samples.length}`);
  if (hidden.length < 5) throw new ContentError(`needs at least 5 hidden tests, has ${hidden.length}`);
  const starterCode = await readSources(join(folder, 'starters'));
  const missing = LANGUAGES.filter((language) => starterCode[language] === undefined);
  if (missing.length > 0) throw new ContentError(`starter code missing for ${missing.join(', ')}`);
  const solutions = await readSources(join(folder, 'solutions'));
  if (Object.keys(solutions).length === 0) throw new ContentError('needs at least one reference solution');
  const complexity = await readComplexity(folder, slug).catch((error: Error) => {
    throw new ContentError(error.message, { cause: error });
  });
  const testsHash = hashTests(meta.checker, samples, hidden, complexity);
  return { slug, ...meta, statement, samples, hidden, starterCode, solutions, complexity, testsHash };
}

async function readTests(folder: string): Promise<TestCase[]> {
  const files = await readdir(folder).catch(() => [] as string[]);
  const names = files.filter((f) => f.endsWith('.in')).map((f) => f.slice(0, -3)).sort();
  const orphans = files.filter((f) => f.endsWith('.out') && !names.includes(f.slice(0, -4)));
  if (orphans.length > 0) throw new ContentError(`${folder}: .out without .in: ${orphans.join(', ')}`);
  return Promise.all(
    names.map(async (name) => ({
      name,
      input: await readFile(join(folder, `${name}.in`), 'utf8'),
      expected: await readFile(join(folder, `${name}.out`), 'utf8').catch(() => {
        throw new ContentError(`${folder}/${name}.in has no ${name}.out`);
      }),
    })),
  );
}

async function readSources(folder: string): Promise<AuthoredAssignment['starterCode']> {
  const sources: AuthoredAssignment['starterCode'] = {};
  for (const language of LANGUAGES) {
    const text = await readFile(join(folder, SOURCE_FILES[language]), 'utf8').catch(() => undefined);
    if (text !== undefined) sources[language] = text;
  }
  return sources;
}

function hashTests(checker: AssignmentMeta['checker'], samples: TestCase[], hidden: TestCase[], complexity: AuthoredComplexity | null): string {
  const hash = createHash('sha256').update(JSON.stringify(checker));
  for (const test of [...samples, ...hidden]) {
    hash.update(`\0${test.name}\0${test.input.length}\0${test.input}\0${test.expected.length}\0${test.expected}`);
  }
  // Only when there is a spec, so an assignment without one keeps the hash it always had.
  if (complexity) {
    hash.update(`\0complexity\0${complexity.expected}`);
    for (const { n, input } of complexity.inputs) hash.update(`\0${n}\0${input.length}\0${input}`);
  }
  return hash.digest('hex');
}
