import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { freePort } from '@eduscale/test-kit/processes';

const REPO = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'eduscale-start-'));
chmodSync(dataDir, 0o755);
after(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts `npm start`'s launcher on its own data folder and ports; resolves once it prints its URL. */
async function launch(nginxPort: number): Promise<{ child: ChildProcess; output: () => string }> {
  // Not the test stack's servers: this launcher starts its own.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['scripts/start.ts'], {
    cwd: REPO,
    env: { ...env, EDUSCALE_DATA_DIR: dataDir, NGINX_PORT: String(nginxPort), EDUSCALE_FREE_PORTS: 'true', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (!output.includes(`ready in`)) {
    if (child.exitCode !== null || Date.now() > deadline) assert.fail(`the launcher did not come up:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, output: () => output };
}

/** Every process below pid, from /proc: what must be gone once the launcher has stopped. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited while we looked
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of parents) {
      if (ppid !== parent) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/** Still running (a zombie waiting for init to reap it is not), described for the failure message. */
const alive = (pid: number) => {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
};
const describeProcess = (pid: number) => {
  try {
    return `${pid} ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').slice(0, 200)}`;
  } catch {
    return `${pid} (gone)`;
  }
};

describe('npm start', () => {
  const signUp = { username: `starter_${process.pid}`, password: 'a long enough password' };

  it('brings the stack up, prints its URL, and stops everything on SIGTERM', async () => {
    const port = await freePort();
    const { child, output } = await launch(port);
    const processes = descendants(child.pid!);
    try {
      assert.match(output(), new RegExp(`http://localhost:${port}`));
      assert.match(output(), /^programming-api +\|/m, 'service lines are prefixed with the service name');
      assert.equal((await fetch(`http://localhost:${port}/api/health`)).status, 200);
      assert.equal((await fetch(`http://localhost:${port}/api/auth/register`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signUp) })).status, 201);
    } catch (error) {
      child.kill('SIGTERM');
      await once(child, 'exit');
      throw error;
    }

    assert.ok(processes.length >= 6, `expected postgres, redis, services and nginx below the launcher, found ${processes.length}`);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.deepEqual(processes.filter(alive).map(describeProcess), [], 'no orphans');
  });

  it('reuses the data on a second start and stops on SIGINT (Ctrl-C)', async () => {
    const port = await freePort();
    const { child } = await launch(port);
    const processes = descendants(child.pid!);
    const login = await fetch(`http://localhost:${port}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(signUp) }).catch(() => undefined);
    if (login?.status !== 200) {
      child.kill('SIGTERM');
      await once(child, 'exit');
      assert.fail(`the account from the first start is gone (login answered ${login?.status})`);
    }
    child.kill('SIGINT');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(processes.length >= 6, `expected postgres, redis, services and nginx below the launcher, found ${processes.length}`);
    assert.deepEqual(processes.filter(alive).map(describeProcess), [], 'no orphans');
  });
});
