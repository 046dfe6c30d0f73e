import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { LANGUAGES } from '@eduscale/contracts';
import { readAssignment, readCatalogue } from './content.ts';
import { SOURCE_FILES } from './content.schema.ts';

let root: string;
let folder: string;

function write(path: string, text: string): void {
  mkdirSync(join(folder, path, '..'), { recursive: true });
  writeFileSync(join(folder, path), text);
}

/** A minimal valid assignment folder, which each test then breaks in one way. */
function writeValidAssignment(): void {
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
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  folder = join(root, 'echo');
  writeValidAssignment();
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('reading an assignment folder', () => {
  it('reads a valid folder with the exact checker by default and a stable tests hash', async () => {
    const first = await readAssignment(folder, 'echo');
    assert.deepEqual(first.checker, { kind: 'exact' });
    assert.equal(first.hidden.length, 5);
    assert.equal(first.samples[0]!.expected, 'a\n');
    assert.equal((await readAssignment(folder, 'echo')).testsHash, first.testsHash);
  });

  it('changes the tests hash when a hidden test changes, and only then', async () => {
    const before = (await readAssignment(folder, 'echo')).testsHash;
    write('statement.md', 'Reworded.');
    assert.equal((await readAssignment(folder, 'echo')).testsHash, before);
    write('tests/hidden/03.out', '33\n');
    assert.notEqual((await readAssignment(folder, 'echo')).testsHash, before);
  });

  it('refuses fewer than 5 hidden tests', async () => {
    rmSync(join(folder, 'tests/hidden/05.in'));
    rmSync(join(folder, 'tests/hidden/05.out'));
    await assert.rejects(readAssignment(folder, 'echo'), /at least 5 hidden tests/);
  });

  it('refuses an input without its expected output', async () => {
    rmSync(join(folder, 'tests/hidden/02.out'));
    await assert.rejects(readAssignment(folder, 'echo'), /02.in has no 02.out/);
  });

  it('refuses a missing starter', async () => {
    rmSync(join(folder, 'starters/main.rs'));
    await assert.rejects(readAssignment(folder, 'echo'), /starter code missing for rust/);
  });

  it('refuses unknown metadata fields and bad values, naming them', async () => {
    write('assignment.json', JSON.stringify({ title: 'Echo', difficulty: 'trivial', points: 100, tags: ['strings'], timeLimitMs: 1000, memoryLimitMb: 256, extra: 1 }));
    await assert.rejects(readAssignment(folder, 'echo'), (error: Error) => /difficulty/.test(error.message) && /extra/.test(error.message));
  });

  it('names every broken folder of a catalogue in one error', async () => {
    mkdirSync(join(root, 'Bad_Slug'));
    rmSync(join(folder, 'statement.md'));
    await assert.rejects(readCatalogue(root), (error: Error) => /Bad_Slug/.test(error.message) && /echo/.test(error.message));
  });
});
