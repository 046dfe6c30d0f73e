import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Limits } from '../sandbox.ts';
import { judgeStep, parseCounters, type Counters, type StepFacts } from './step-result.ts';

const MiB = 1024 * 1024;
const LIMITS: Limits = { cpuMs: 1000, wallMs: 2000, memoryBytes: 64 * MiB, processes: 32, outputBytes: 4096, fileBytes: MiB };
const BEFORE: Counters = { cpuUsec: 5_000_000, oomKills: 1 };

function judge(facts: Partial<StepFacts> & { cpuMs?: number }) {
  const after: Counters = facts.after ?? { cpuUsec: BEFORE.cpuUsec + (facts.cpuMs ?? 10) * 1000, oomKills: BEFORE.oomKills, peakRssBytes: 3 * MiB };
  return judgeStep({ limits: LIMITS, status: 0, wallMs: 50, before: BEFORE, killed: null, ...facts, after });
}

describe('the counters a control script prints', () => {
  it('are read from cgroup v2 files, with the peak memory GNU time reported', () => {
    const output = '== rusage\nCommand terminated by signal 9\n2048\n== cpu.stat\nusage_usec 1234567\nuser_usec 1000000\n== memory.events\nlow 0\nhigh 0\nmax 3\noom 1\noom_kill 2\n';
    assert.deepEqual(parseCounters(output), { cpuUsec: 1234567, oomKills: 2, peakRssBytes: 2048 * 1024 });
  });

  it('are read from cgroup v1 files when there are no v2 ones', () => {
    const output = '== cpuacct/cpuacct.usage\n2500000000\n== memory/memory.oom_control\noom_kill_disable 0\nunder_oom 0\noom_kill 4\n';
    assert.deepEqual(parseCounters(output), { cpuUsec: 2_500_000, oomKills: 4 });
  });

  it('are an infrastructure fault when the CPU counter is missing', () => {
    assert.throws(() => parseCounters('== memory.events\noom_kill 0\n'), { name: 'SandboxFault' });
  });
});

describe('a step', () => {
  it('that exits 0 within its limits hit none, and reports its CPU time and peak memory', () => {
    assert.deepEqual(judge({ cpuMs: 12.5 }), { exitCode: 0, signal: null, cpuMs: 12.5, memoryBytes: 3 * MiB, limitHit: null });
  });

  it('that exits 3 reports the exit code', () => {
    assert.equal(judge({ status: 3 }).exitCode, 3);
  });

  it('killed by a segfault reports the status as a shell does, and the signal it names', () => {
    assert.deepEqual({ ...judge({ status: 139 }) }, { exitCode: 139, signal: 'SIGSEGV', cpuMs: 10, memoryBytes: 3 * MiB, limitHit: null });
  });

  it('a program exiting with the status of SIGXCPU under its CPU limit is not time_limit_exceeded', () => {
    assert.deepEqual([judge({ status: 128 + 24 }).exitCode, judge({ status: 128 + 24 }).limitHit], [152, null]);
  });

  it('during which the cgroup killed a process for memory hit the memory limit', () => {
    assert.equal(judge({ status: 137, after: { cpuUsec: BEFORE.cpuUsec, oomKills: BEFORE.oomKills + 1 } }).limitHit, 'memory');
  });

  it('that used more CPU than allowed hit the CPU limit, whoever killed it', () => {
    assert.equal(judge({ status: 137, cpuMs: 1020, wallMs: 1100 }).limitHit, 'cpu');
    assert.equal(judge({ status: 152, cpuMs: 1001 }).limitHit, 'cpu');
  });

  it('killed at the wall-clock limit hit the wall limit', () => {
    const result = judge({ status: 137, wallMs: 2010 });
    assert.equal(result.limitHit, 'wall');
    assert.equal(result.signal, 'SIGKILL');
  });

  it('that timeout outlived at the wall-clock limit (status 124) was killed there', () => {
    assert.deepEqual([judge({ status: 124, wallMs: 2005 }).signal, judge({ status: 124, wallMs: 2005 }).limitHit], ['SIGKILL', 'wall']);
  });

  it('that exits 124 early is only an exit code', () => {
    assert.deepEqual([judge({ status: 124 }).exitCode, judge({ status: 124 }).limitHit], [124, null]);
  });

  it('killed by SIGKILL early and with CPU to spare hit no limit', () => {
    assert.equal(judge({ status: 137, wallMs: 300, cpuMs: 100 }).limitHit, null);
  });

  it('killed by SIGXFSZ hit the file-size limit', () => {
    assert.equal(judge({ status: 153 }).limitHit, 'file');
  });

  it('the grader killed for its output hit the output limit, whatever else it did', () => {
    assert.equal(judge({ status: 137, killed: 'output', cpuMs: 5000, wallMs: 2500 }).limitHit, 'output');
  });

  it('killed whole, with no report from GNU time, reports no memory', () => {
    assert.equal(judge({ status: 137, after: { cpuUsec: BEFORE.cpuUsec + 2e6, oomKills: 1 } }).memoryBytes, 0);
  });
});
