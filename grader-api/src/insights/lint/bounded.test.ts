import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MAX_CODE_BYTES } from '@eduscale/contracts';
import { DEFAULT_CACHE_DIR } from '../../config.ts';
import { BubblewrapSandbox } from '../../sandbox/bubblewrap/bubblewrap.driver.ts';
import { MAX_FINDINGS_PER_TOOL } from './findings.ts';
import { createCodeAnalysis } from './index.ts';

const workDir = mkdtempSync(join(tmpdir(), 'lint-bounded-'));
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: DEFAULT_CACHE_DIR, concurrency: 2 });
const analysis = createCodeAnalysis({ sandbox });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const lines = (count: number, line: (i: number) => string) => Array.from({ length: count }, (_, i) => line(i)).join('\n');

describe('a file written to make a linter slow or loud', () => {
  it('stops cppcheck at its time limit on 50 KB of branches over shared variables, and says so', async () => {
    const code = `int a[400];\nint main(void) {\n  int ${lines(10, (i) => `x${i} = 0`).replaceAll('\n', ', ')};\n${lines(1200, (i) => `  if (a[${i % 400}] > ${i}) { x${i % 10} += a[${i % 400}] * x${(i + 1) % 10}; }`)}\n  return x0;\n}\n`;
    assert.ok(Buffer.byteLength(code) <= MAX_CODE_BYTES);
    const findings = await analysis.lint({ language: 'c', code });
    const stopped = findings.at(-1);
    assert.deepEqual({ ...stopped, message: undefined }, { tool: 'cppcheck', rule: 'stopped', severity: 'info', line: 1, message: undefined });
    // On a loaded machine the wall clock (10 s) can stop it before it has had its 3 s of CPU.
    assert.match(stopped?.message ?? '', /^cppcheck stopped: (time limit 3 s|wall-clock limit)$/);
  });

  it('stops clippy on a type that doubles forty times, and says so', async () => {
    const code = `fn main() {\n    let x = 1u8;\n${lines(40, () => '    let x = (x, x);')}\n    println!("{:?}", x.0);\n}\n`;
    const findings = await analysis.lint({ language: 'rust', code });
    const stopped = findings.at(-1);
    assert.equal(stopped?.rule, 'stopped');
    assert.match(stopped?.message ?? '', /^clippy stopped: (time limit 6 s|memory limit 768 MiB)$/);
  });

  it('caps what ruff reports about thousands of unused imports, and says its output was cut', async () => {
    const code = `${lines(4500, (i) => `import m${i}`)}\n`;
    assert.ok(Buffer.byteLength(code) <= MAX_CODE_BYTES);
    const findings = await analysis.lint({ language: 'python', code });
    assert.equal(findings.length, MAX_FINDINGS_PER_TOOL + 1);
    assert.deepEqual(findings.slice(0, 2).map((f) => `${f.rule} ${f.line}`), ['F401 1', 'F401 2']);
    assert.equal(findings.at(-1)?.message, 'ruff stopped: output limit 1 MiB');
  });

  it('reads deeply nested JavaScript without crashing the analysis', async () => {
    const code = `const x = ${'['.repeat(20_000)}${']'.repeat(20_000)};\nconsole.log(x);\n`;
    const findings = await analysis.lint({ language: 'javascript', code });
    assert.ok(findings.every((f) => f.tool === 'oxlint' && f.line >= 1 && f.line <= 3), JSON.stringify(findings));
    const metrics = await analysis.functions({ language: 'javascript', code });
    assert.ok(Array.isArray(metrics));
  });
});
