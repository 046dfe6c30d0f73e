import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import type { RunOutcome } from '../../execution/execution.service.ts';
import { assertNextRunIsFine, BOX_LIMITS, example, FRIENDLY, HOSTILE, type Conformance } from './context.ts';
import { digest, firstLine, listenOnHost, randomName, REPO_ROOT } from './host-probes.ts';

const TIMEOUT = { timeout: 30_000 };
/** Probes print a JSON report: room for all of it. */
const PROBE = { ...HOSTILE, outputBytes: 256 * 1024 };

type Report = Record<string, unknown>;

/** The JSON report a probe program prints when it runs to the end. */
function report(outcome: { exitCode: number | null; stdout: string | Buffer; stderr: string | Buffer }): Report {
  assert.equal(outcome.exitCode, 0, `the probe ran to the end: ${outcome.stderr.toString()}`);
  return JSON.parse(outcome.stdout.toString()) as Report;
}

/** Programs that reach outside their box: network, host files and secrets, other processes, other boxes. */
export function isolationCases(suite: Conformance): void {
  const noNetworkIsolation = suite.enforcement.network === 'none' && 'this host cannot isolate the network (no network namespace)';

  describe('a program reaching for the network', () => {
    it('reaches no server on the host (127.0.0.1, its other addresses, an abstract unix socket) and not the internet; at most a loopback of its own exists', { ...TIMEOUT, skip: noNetworkIsolation }, async (t) => {
      const host = await listenOnHost();
      try {
        // Generous time: on a host with a network, blocked attempts wait out their timeouts.
        const outcome = await suite.run({ language: 'python', file: 'network.py', stdin: [host.port, host.abstractName, ...host.addresses].join(' '), limits: { ...PROBE, timeMs: 3000 } });
        t.diagnostic(outcome.stdout.trim());
        const { interfaces, 'open an IPv4 socket': ipv4, ...attempts } = report(outcome);
        assert.equal(host.connections(), 0, 'the host’s servers saw no connection');
        const targets = ['host loopback TCP', ...host.addresses.map((address) => `host address ${address} TCP`), 'host abstract unix socket', 'internet TCP', 'internet UDP'];
        assert.deepEqual(Object.keys(attempts).sort(), targets.sort(), 'every way out was tried');
        for (const [target, result] of Object.entries(attempts)) assert.notEqual(result, 'connected', target);
        // Either interfaces cannot even be listed (no netlink socket), or the only one is its own loopback.
        assert.ok(typeof interfaces === 'string' || (Array.isArray(interfaces) && interfaces.every((name) => name === 'lo')), `interfaces: ${JSON.stringify(interfaces)}`);
        if (suite.enforcement.network === 'namespace+seccomp') assert.match(String(ipv4), /PermissionError/, 'network sockets are refused outright');
      } finally {
        await host.close();
      }
    });
  });

  describe('a program looking for the host’s secrets', () => {
    const secret = randomName('secret-');
    let graderEnvironment: NodeJS.ProcessEnv;
    let outcome: RunOutcome;

    before(async () => {
      process.env.EDUSCALE_TEST_SECRET = secret;
      graderEnvironment = { ...process.env };
      try {
        outcome = await suite.run({ language: 'python', file: 'read-host-files.py', stdin: REPO_ROOT, limits: PROBE });
      } finally {
        delete process.env.EDUSCALE_TEST_SECRET;
      }
    });

    it('sees nothing of the grader’s environment (EDUSCALE_TEST_SECRET), in its own or any process it can see', () => {
      assert.ok(!`${outcome.stdout}${outcome.stderr}`.includes(secret), 'the secret appears nowhere in what it found');
      const found = report(outcome);
      const shared = Object.entries(found.environment as Record<string, string>).filter(([name, value]) => graderEnvironment[name] === value && !/^(LANG|LANGUAGE|LC_\w+|TZ)$/.test(name));
      assert.deepEqual(shared, [], 'no variable of the grader’s environment but the locale');
    });

    it('cannot read /etc/shadow, /root, /home or the grader’s source tree', (t) => {
      const found = report(outcome);
      t.diagnostic(JSON.stringify(Object.fromEntries(Object.entries(found).filter(([path]) => !path.startsWith('/proc/')))));
      for (const path of ['/etc/shadow', '/root', REPO_ROOT, join(REPO_ROOT, 'package.json')]) {
        assert.ok('error' in (found[path] as Report), `${path}: ${JSON.stringify(found[path])}`);
      }
      const home = found['/home'] as Report;
      assert.ok('error' in home || (Array.isArray(home.listing) && home.listing.length === 0), `/home: ${JSON.stringify(home)}`);
    });
  });

  describe('a program killing everything it can (kill(-1), then its parent)', () => {
    it('harms neither the grader nor a sibling sandbox, and the next run is fine', TIMEOUT, async () => {
      const attacker = await suite.prepare('c', example('kill-everything.c'));
      const sibling = await suite.prepare('python', 'import time\ntime.sleep(1)\nprint("still alive")\n');
      const siblingRun = sibling.box.exec({ argv: sibling.argv, limits: BOX_LIMITS, writableBox: false });
      try {
        await new Promise((resolve) => setTimeout(resolve, 300));
        const attack = await attacker.box.exec({ argv: attacker.argv, limits: BOX_LIMITS, writableBox: false });
        assert.match(attack.stdout.toString(), /still here/, 'the attack ran');
        const survivor = await siblingRun;
        assert.equal(survivor.signal, null, `the sibling was killed by ${survivor.signal}`);
        assert.equal(survivor.stdout.toString(), 'still alive\n');
      } finally {
        await siblingRun.catch(() => undefined);
        await Promise.all([attacker.box.dispose(), sibling.box.dispose()]);
      }
      await assertNextRunIsFine(suite);
    });
  });

  describe('a symlink to a host file left in the work folder', () => {
    it('is never followed: the next run reads no host file through it, its target is unchanged, and dispose() removes the link, not the target', TIMEOUT, async (t) => {
      const decoyDir = mkdtempSync(join(tmpdir(), 'grader-conformance-decoy-'));
      const decoy = join(decoyDir, 'decoy.txt');
      const decoyContent = `the host's own file ${randomName('')}`;
      writeFileSync(decoy, decoyContent);
      const hostFiles = () => ({ passwd: digest('/etc/passwd'), shadow: digest('/etc/shadow'), decoy: digest(decoy) });
      const before = hostFiles();
      try {
        const { box, argv } = await suite.prepare('python', example('symlink-escape.py'));
        try {
          // A writable box, as compilers get it: the one time a box's contents come from inside.
          const planted = report(await box.exec({ argv, stdin: decoy, limits: BOX_LIMITS, writableBox: true }));
          t.diagnostic(JSON.stringify(planted));
          assert.equal(planted[`/box/decoy -> ${decoy}`], 'done', 'the link to the host file was planted');
          const next = Object.values(report(await box.exec({ argv, stdin: decoy, limits: BOX_LIMITS, writableBox: false }))).join('\n');
          assert.ok(!next.includes(decoyContent), 'the next run in the box cannot read the host file through the link');
          const shadow = firstLine('/etc/shadow');
          if (shadow) assert.ok(!next.includes(shadow), 'nor the host’s /etc/shadow');
        } finally {
          await box.dispose();
        }
        assert.deepEqual(hostFiles(), before);
        assert.equal(readFileSync(decoy, 'utf8'), decoyContent);
      } finally {
        rmSync(decoyDir, { recursive: true, force: true });
      }
    });
  });

  describe('two runs at the same time', () => {
    it('never see each other’s files in /tmp or /box', TIMEOUT, async () => {
      type Seen = { marker: string; listings: Record<string, string[]>; foreign: string[]; started: number; finished: number };
      const probe = async () => report(await suite.run({ language: 'python', file: 'box-isolation.py', limits: FRIENDLY })) as Seen;
      const [first, second] = await Promise.all([probe(), probe()]);
      assert.ok(first.started < second.finished && second.started < first.finished, 'the two runs overlapped');
      for (const [mine, theirs] of [[first, second], [second, first]] as const) {
        assert.ok(Object.values(mine.listings).flat().includes(mine.marker), 'it sees its own marker (in /tmp, or /box where /tmp is read-only)');
        assert.deepEqual(mine.foreign, []);
        assert.ok(!JSON.stringify(mine.listings).includes(theirs.marker), 'it never sees the other run’s marker');
      }
    });
  });
}
