import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { LANGUAGES } from '@eduscale/contracts';
import { readComplexity, seededRandom } from './complexity-content.ts';
import { DEFAULT_CONTENT_DIR, readAssignment, readCatalogue } from './content.ts';
import { SOURCE_FILES } from './content.schema.ts';

/** Every assignment whose large test separates complexities has a spec. */
const MUST_HAVE_A_SPEC = ['two-sum', 'longest-increasing-subsequence', 'shortest-paths', 'merge-intervals'];

describe('the complexity specs in content/assignments', async () => {
  const specified = (await readCatalogue()).filter((a) => a.complexity !== null);

  it('cover at least 15 assignments, every one whose large test separates complexities among them', () => {
    const slugs = specified.map((a) => a.slug);
    assert.ok(slugs.length >= 15, `only ${slugs.length} specs: ${slugs.join(', ')}`);
    assert.deepEqual(MUST_HAVE_A_SPEC.filter((slug) => !slugs.includes(slug)), []);
  });

  it('generate the same inputs when read again', async () => {
    for (const a of specified) {
      const again = await readComplexity(join(DEFAULT_CONTENT_DIR, a.slug), a.slug);
      assert.deepEqual(again, a.complexity, `${a.slug} generated different inputs the second time`);
    }
  });

  it('make inputs the Python reference solution runs on, at the smallest and a middle size', () => {
    for (const a of specified) {
      const inputs = a.complexity!.inputs;
      for (const { n, input } of [inputs[0]!, inputs[Math.floor(inputs.length / 2)]!]) {
        const run = spawnSync('/usr/bin/python3', [join(DEFAULT_CONTENT_DIR, a.slug, 'solutions', 'main.py')], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
        assert.equal(run.status, 0, `${a.slug} at n = ${n} exited ${run.status}: ${run.stderr}`);
        assert.equal(run.stderr, '', `${a.slug} at n = ${n} wrote to stderr`);
        assert.notEqual(run.stdout.trim(), '', `${a.slug} at n = ${n} printed nothing`);
      }
    }
  });
});

describe('the seeded random a generator is given', () => {
  it('repeats for the same slug and size and differs for another size', () => {
    const draw = (random: () => number) => Array.from({ length: 5 }, random);
    assert.deepEqual(draw(seededRandom('two-sum', 100)), draw(seededRandom('two-sum', 100)));
    assert.notDeepEqual(draw(seededRandom('two-sum', 100)), draw(seededRandom('two-sum', 200)));
    assert.ok(draw(seededRandom('two-sum', 100)).every((x) => x >= 0 && x < 1));
  });
});

describe('reading a complexity spec', () => {
  let root: string;
  let folder: string;
  const write = (path: string, text: string) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  };
  const SIZES = [10, 20, 40, 80, 160, 320, 640, 1280];
  const writeSpec = (spec: object) => write('complexity/spec.json', JSON.stringify({ expected: 'n', n: 'lines', sizes: SIZES, ...spec }));
  const GENERATOR = 'export default function generate(n: number, random: () => number): string {\n  return `${n} ${Math.floor(random() * 100)} ${\'.\'.repeat(n)}\\n`;\n}\n';

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'complexity-'));
    folder = join(root, 'echo');
    write('assignment.json', JSON.stringify({ title: 'Echo', difficulty: 'easy', points: 100, tags: ['strings'], timeLimitMs: 1000, memoryLimitMb: 256 }));
    write('statement.md', 'Print the input.');
    write('tests/samples/01.in', 'a\n');
    write('tests/samples/01.out', 'a\n');
    for (let i = 1; i <= 5; i++) {
      write(`tests/hidden/0${i}.in`, `${i}\n`);
      write(`tests/hidden/0${i}.out`, `${i}\n`);
    }
    for (const language of LANGUAGES) write(`starters/${SOURCE_FILES[language]}`, '// TODO');
    write('solutions/main.py', 'print(input())');
    writeSpec({});
    write('complexity/generate.ts', GENERATOR);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const refuses = (pattern: RegExp) =>
    assert.rejects(readAssignment(folder, 'echo'), (error: Error) => {
      assert.match(error.message, pattern);
      return true;
    });

  it('reads the class, what n counts and one input per size, from the seeded random', async () => {
    const { complexity } = await readAssignment(folder, 'echo');
    assert.equal(complexity!.expected, 'n');
    assert.equal(complexity!.n, 'lines');
    assert.deepEqual(complexity!.inputs.map((i) => i.n), SIZES);
    assert.equal(complexity!.inputs[0]!.input, `10 ${Math.floor(seededRandom('echo', 10)() * 100)} ..........\n`);
  });

  it('has no complexity without the folder', async () => {
    rmSync(join(folder, 'complexity'), { recursive: true });
    assert.equal((await readAssignment(folder, 'echo')).complexity, null);
  });

  it('changes the tests hash when the spec or the inputs change, and not when the generator is only reworded', async () => {
    const before = (await readAssignment(folder, 'echo')).testsHash;
    write('complexity/generate.ts', `// The same inputs.\n${GENERATOR}`);
    assert.equal((await readAssignment(folder, 'echo')).testsHash, before);
    writeSpec({ expected: 'n log n' });
    const otherClass = (await readAssignment(folder, 'echo')).testsHash;
    assert.notEqual(otherClass, before);
    write('complexity/generate.ts', GENERATOR.replace('* 100', '* 1000'));
    assert.notEqual((await readAssignment(folder, 'echo')).testsHash, otherClass);
    rmSync(join(folder, 'complexity'), { recursive: true });
    assert.notEqual((await readAssignment(folder, 'echo')).testsHash, before);
  });

  it('refuses unknown fields and an unknown class, naming them', async () => {
    writeSpec({ expected: 'n^4', extra: 1 });
    await refuses(/complexity\/spec\.json: .*expected.*extra|complexity\/spec\.json: .*extra.*expected/);
  });

  it('refuses fewer than 8 sizes', async () => {
    writeSpec({ sizes: SIZES.slice(0, 7) });
    await refuses(/complexity\/spec\.json: sizes .*8/);
  });

  it('refuses sizes that do not grow geometrically, naming the place', async () => {
    writeSpec({ sizes: [10, 20, 40, 80, 100, 200, 400, 800] });
    await refuses(/complexity\/spec\.json: sizes\.4 100 after 80 is 1\.25×/);
  });

  it('refuses a spec without its generator, and a generator without a default function', async () => {
    rmSync(join(folder, 'complexity/generate.ts'));
    await refuses(/complexity\/generate\.ts is missing/);
    write('complexity/generate.ts', 'export const generate = (n: number): string => `${n}\\n`;\n');
    await refuses(/must export a default function/);
  });

  it('refuses a file it does not know in complexity/', async () => {
    write('complexity/generate.js', GENERATOR);
    await refuses(/complexity\/: unknown files generate\.js/);
  });

  it('refuses a complexity file where the folder should be', async () => {
    rmSync(join(folder, 'complexity'), { recursive: true });
    write('complexity', '{}');
    await refuses(/complexity\/ is not a readable folder: ENOTDIR/);
  });

  it('refuses a generator that uses its own randomness or the clock', async () => {
    write('complexity/generate.ts', GENERATOR.replace('random()', 'Math.random()'));
    await refuses(/must not use Math\.random/);
    write('complexity/generate.ts', GENERATOR.replace('random()', 'Date.now()'));
    await refuses(/must not use the clock/);
  });

  it('refuses a generator that gives another input on a second call', async () => {
    write('complexity/generate.ts', 'let calls = 0;\nexport default function generate(n: number): string {\n  calls += 1;\n  return `${n} ${calls}\\n`;\n}\n');
    await refuses(/not deterministic: two calls for n = 10/);
  });

  it('refuses a generator whose input does not grow with n', async () => {
    write('complexity/generate.ts', 'export default function generate(n: number): string {\n  return `${n % 7}\\n`;\n}\n');
    await refuses(/the input for n = 20 is no longer than the one for n = 10/);
  });

  it('refuses an input over 2 MB and a generator that throws', async () => {
    write('complexity/generate.ts', 'export default function generate(n: number): string {\n  return `${"7 ".repeat(n * 1000)}\\n`;\n}\n');
    await refuses(/input for n = 1280 is \d+ bytes, over 2097152/);
    write('complexity/generate.ts', 'export default function generate(n: number): string {\n  throw new Error(`no input for ${n}`);\n}\n');
    await refuses(/generate\(10\) threw: no input for 10/);
  });

  it('names the broken spec in the catalogue error', async () => {
    writeSpec({ sizes: 'many' });
    await assert.rejects(readCatalogue(root), /echo: complexity\/spec\.json: sizes/);
  });
});
