import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { describe, it } from 'node:test';
import { COMPILE_LIMITS } from '../../languages/languages.ts';
import { assertNextRunIsFine, HOSTILE, type Conformance } from './context.ts';
import { randomName, survivorsNamed, watchFreeSpace } from './host-probes.ts';

const SECOND = 1000;
const MiB = 1024 * 1024;
const TIMEOUT = { timeout: 30_000 };
/** "Stopped, not left running": the wall-clock backstop plus room for a compile on a busy machine. */
const PROMPTLY = 3 * HOSTILE.timeMs + 2 * SECOND;
/** CPU used past the limit before the poll notices: a few polls, more when the host is loaded. */
const CPU_OVERSHOOT_MS = 500;

/** Programs that take more than they are given: CPU, wall time, memory, processes, output, disk. */
export function limitCases(suite: Conformance): void {
  const { enforcement } = suite;
  const noMemoryLimit = enforcement.memory === 'none' && 'this host cannot enforce memory limits (no memory cgroup)';
  const cpuPerProcess = enforcement.cpuTime === 'rlimit' && 'this host counts CPU time per process in whole seconds (rlimit), not per run';

  describe('a CPU busy loop', () => {
    // Stopped by its CPU time (within a poll of the limit), not by the wall-clock backstop: on a
    // busy machine the loop gets less than a whole core, so wall time alone would say little.
    it('is time_limit_exceeded once it has used its CPU time, and is not left running', { ...TIMEOUT, skip: cpuPerProcess }, async () => {
      const outcome = await suite.run({ language: 'c', file: 'busy-loop.c', stdin: '1' });
      assert.equal(outcome.verdict, 'time_limit_exceeded');
      assert.ok(outcome.timeMs < HOSTILE.timeMs + CPU_OVERSHOOT_MS, `used ${outcome.timeMs} ms of CPU`);
      // On a machine so loaded that the loop gets under a third of a core, the wall-clock backstop
      // (at least twice the CPU limit) ends it first; short of its CPU time, nothing else may.
      if (outcome.timeMs < HOSTILE.timeMs) assert.ok(outcome.elapsedMs >= 2 * HOSTILE.timeMs, `stopped after ${outcome.timeMs} ms of CPU and ${Math.round(outcome.elapsedMs)} ms of wall time`);
      assert.ok(outcome.elapsedMs < PROMPTLY, `the call took ${Math.round(outcome.elapsedMs)} ms`);
    });

    it('spread over four processes gets no more CPU time than in one', { ...TIMEOUT, skip: cpuPerProcess }, async () => {
      const outcome = await suite.run({ language: 'c', file: 'busy-loop.c', stdin: '4' });
      assert.equal(outcome.verdict, 'time_limit_exceeded');
      assert.ok(outcome.timeMs < HOSTILE.timeMs + CPU_OVERSHOOT_MS, `used ${outcome.timeMs} ms of CPU`);
      assert.ok(outcome.elapsedMs < PROMPTLY, `the call took ${Math.round(outcome.elapsedMs)} ms`);
    });
  });

  describe('a program that sleeps', () => {
    it('is time_limit_exceeded by the wall clock, within seconds rather than when it wakes up', TIMEOUT, async () => {
      const outcome = await suite.run({ language: 'python', file: 'sleep.py' });
      assert.equal(outcome.verdict, 'time_limit_exceeded');
      assert.ok(outcome.elapsedMs < 3 * HOSTILE.timeMs + SECOND, `the call took ${Math.round(outcome.elapsedMs)} ms`);
    });
  });

  describe('a memory bomb', () => {
    it('in C, touching every page it allocates, is memory_limit_exceeded', { ...TIMEOUT, skip: noMemoryLimit }, async () => {
      const outcome = await suite.run({ language: 'c', file: 'memory-bomb.c' });
      assert.equal(outcome.verdict, 'memory_limit_exceeded', outcome.stderr);
    });

    it('in JavaScript, off the V8 heap where --max-old-space-size does not look, is memory_limit_exceeded', { ...TIMEOUT, skip: noMemoryLimit }, async () => {
      const outcome = await suite.run({ language: 'javascript', file: 'memory-bomb.js' });
      assert.equal(outcome.verdict, 'memory_limit_exceeded', outcome.stderr);
    });

    it('in Java is memory_limit_exceeded (the JVM’s OutOfMemoryError), not a runtime error', TIMEOUT, async () => {
      const outcome = await suite.run({ language: 'java', file: 'memory-bomb.java' });
      assert.equal(outcome.verdict, 'memory_limit_exceeded', outcome.stderr);
    });
  });

  describe('a fork bomb', () => {
    it('is contained and the next run is fine', TIMEOUT, async () => {
      const name = randomName('bomb-'); // a process name (comm) holds 15 characters
      const outcome = await suite.run({ language: 'c', file: 'fork-bomb.c', stdin: name });
      assert.notEqual(outcome.verdict, 'accepted');
      assert.ok(outcome.elapsedMs < PROMPTLY, `the call took ${Math.round(outcome.elapsedMs)} ms`);
      assert.deepEqual(await survivorsNamed(name), [], 'no process of the bomb outlives its run');
      execFileSync('/bin/true'); // the host can still start processes
      await assertNextRunIsFine(suite);
    });
  });

  describe('an output flood', () => {
    const line = 'All work and no play makes Jack a dull boy.\n';

    it('is output_limit_exceeded with stdout cut at exactly the cap', TIMEOUT, async () => {
      const outcome = await suite.run({ language: 'c', file: 'output-flood.c', stdin: 'stdout' });
      assert.equal(outcome.verdict, 'output_limit_exceeded');
      assert.equal(Buffer.byteLength(outcome.stdout), HOSTILE.outputBytes);
      assert.ok(line.repeat(HOSTILE.outputBytes / line.length + 1).startsWith(outcome.stdout));
    });

    it('on stderr is kept bounded and stopped by a limit', TIMEOUT, async () => {
      const outcome = await suite.run({ language: 'c', file: 'output-flood.c', stdin: 'stderr' });
      assert.ok(['time_limit_exceeded', 'output_limit_exceeded'].includes(outcome.verdict), outcome.verdict);
      assert.ok(Buffer.byteLength(outcome.stderr) <= MiB, `kept ${Buffer.byteLength(outcome.stderr)} bytes of stderr`);
      assert.ok(outcome.elapsedMs < PROMPTLY, `the call took ${Math.round(outcome.elapsedMs)} ms`);
    });
  });

  describe('a 4 GiB file write', () => {
    for (const path of ['/tmp/big', '/box/big']) {
      it(`to ${path} is stopped quickly and leaves the host’s disk alone`, TIMEOUT, async () => {
        const disk = watchFreeSpace(tmpdir());
        let lost = 0;
        const outcome = await suite.run({ language: 'c', file: 'big-file.c', stdin: path }).finally(() => (lost = disk.stop()));
        assert.notEqual(outcome.verdict, 'accepted', outcome.stdout);
        assert.ok(outcome.elapsedMs < PROMPTLY, `the call took ${Math.round(outcome.elapsedMs)} ms`);
        assert.ok(lost < 256 * MiB, `the host's disk lost ${Math.round(lost / MiB)} MiB during the run`);
      });
    }
  });

  describe('a C++ compile bomb (#include </dev/zero>)', () => {
    it('is a compilation_error within the compile limits and the grader carries on', { timeout: 2 * COMPILE_LIMITS.wallMs, skip: noMemoryLimit && `${noMemoryLimit}: the compiler would take the host’s memory` }, async () => {
      const outcome = await suite.run({ language: 'cpp', file: 'compile-bomb.cpp' });
      assert.equal(outcome.verdict, 'compilation_error');
      assert.ok(outcome.compileOutput, 'the student is told the compiler stopped');
      assert.ok(outcome.elapsedMs < COMPILE_LIMITS.wallMs + SECOND, `the call took ${Math.round(outcome.elapsedMs)} ms`);
      await assertNextRunIsFine(suite);
    });
  });
}
