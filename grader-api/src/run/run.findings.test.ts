import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { RunResponse } from '@eduscale/contracts';
import { createApp } from '../app.ts';
import { parseConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { BubblewrapSandbox } from '../sandbox/bubblewrap/bubblewrap.driver.ts';

const workDir = mkdtempSync(join(tmpdir(), 'run-findings-'));
const config = parseConfig({ GRADER_WORK_DIR: workDir, LOG_LEVEL: 'silent', GRADER_CONCURRENCY: '2' });
const sandbox = new BubblewrapSandbox({ workDir, cacheDir: config.sandbox.cacheDir, concurrency: 2 });
const { app } = createApp({ config, sandbox, logger: createLogger('silent') });
after(async () => {
  await sandbox.close();
  rmSync(workDir, { recursive: true, force: true });
});

const run = async (body: unknown, user = 'linted') => {
  const response = await app.request('/run', { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': user }, body: JSON.stringify(body) });
  assert.equal(response.status, 200);
  return RunResponse.parse(await response.json());
};

describe('POST /run with code insights', () => {
  it('answers the program’s output and what its linter found in the code', async () => {
    const result = await run({ language: 'python', code: 'import os\n\nprint(input()[::-1])\n', stdin: 'stressed' });
    assert.equal(result.verdict, 'accepted');
    assert.equal(result.stdout, 'desserts\n');
    assert.deepEqual(result.findings.map((f) => `${f.tool} ${f.rule} ${f.line}`), ['ruff F401 1']);
  });

  it('answers a compile error with the findings of the code that did not compile', async () => {
    const result = await run({ language: 'go', code: 'package main\n\nfunc main() {\n\tx := 1\n}\n' });
    assert.equal(result.verdict, 'compilation_error');
    assert.ok(result.findings.some((f) => f.tool === 'go vet' && f.line === 4 && f.severity === 'error'), JSON.stringify(result.findings));
  });

  it('answers the verdict of a program whose linter runs out of time, whatever the linter', async () => {
    const branches = Array.from({ length: 1200 }, (_, i) => `  if (a[${i % 400}] > ${i}) { x${i % 10} += a[${i % 400}] * x${(i + 1) % 10}; }`).join('\n');
    const code = `#include <stdio.h>\nint a[400];\nint main(void) {\n  int x0 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0, x6 = 0, x7 = 0, x8 = 0, x9 = 0;\n${branches}\n  printf("%d\\n", x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8 + x9);\n  return 0;\n}\n`;
    const result = await run({ language: 'c', code });
    assert.equal(result.verdict, 'accepted');
    assert.equal(result.stdout, '0\n');
    // Empty when the run did not wait for it, else the note that cppcheck stopped: never a defect it could not finish finding.
    assert.ok(result.findings.every((f) => f.tool === 'cppcheck' && f.severity === 'info'), JSON.stringify(result.findings));
  });
});
