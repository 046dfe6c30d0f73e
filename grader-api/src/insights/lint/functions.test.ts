import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { LANGUAGES, type Language } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import { BubblewrapSandbox } from '../../sandbox/bubblewrap/bubblewrap.driver.ts';
import { createCodeAnalysis } from './index.ts';

const workDir = mkdtempSync(join(tmpdir(), 'lint-functions-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
const analysis = createCodeAnalysis({ sandbox });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const FIXTURES: Record<Language, { file: string; name: string; line: number; length: number }> = {
  python: { file: 'main.py', name: 'classify', line: 1, length: 8 },
  javascript: { file: 'main.js', name: 'classify', line: 1, length: 11 },
  typescript: { file: 'main.ts', name: 'classify', line: 1, length: 11 },
  c: { file: 'main.c', name: 'classify', line: 3, length: 11 },
  cpp: { file: 'main.cpp', name: 'classify', line: 3, length: 11 },
  java: { file: 'Main.java', name: 'Main::classify', line: 2, length: 11 },
  go: { file: 'main.go', name: 'classify', line: 5, length: 11 },
  rust: { file: 'main.rs', name: 'classify', line: 1, length: 11 },
};

describe('per-function metrics by lizard in the sandbox', () => {
  it('give one loop, two branches and an && their cyclomatic complexity of 5 in every language', async () => {
    const results = await Promise.all(LANGUAGES.map(async (language) => {
      const fixture = FIXTURES[language];
      const code = readFileSync(new URL(`./fixtures/classify/${fixture.file}.txt`, import.meta.url), 'utf8');
      return { language, fixture, functions: await analysis.functions({ language, code }) };
    }));
    assert.equal(results.length, 8);
    for (const { language, fixture, functions } of results) {
      const classify = functions.find((f) => f.name === fixture.name);
      assert.deepEqual(classify, { name: fixture.name, line: fixture.line, length: fixture.length, cyclomatic: 5 }, `${language}: ${JSON.stringify(functions)}`);
    }
  });

  it('count main too, straight-line at 1', async () => {
    const code = readFileSync(new URL('./fixtures/classify/main.go.txt', import.meta.url), 'utf8');
    assert.deepEqual((await analysis.functions({ language: 'go', code })).map((f) => `${f.name} ${f.cyclomatic}`), ['classify 5', 'main 1']);
  });

  it('answer no functions for a file lizard reads none in', async () => {
    assert.deepEqual(await analysis.functions({ language: 'python', code: 'print(input())\n' }), []);
  });
});
