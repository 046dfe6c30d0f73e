import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatKb, formatMemory, formatRelative, formatScore, formatTime } from './format.ts';

describe('limits and measurements as the workspace shows them', () => {
  it('gives times under a second in ms, and longer ones in seconds with at most two decimals', () => {
    assert.deepEqual([500, 999, 1000, 1500, 1234].map(formatTime), ['500 ms', '999 ms', '1 s', '1.5 s', '1.23 s']);
  });

  it('gives memory limits in GB only when they are whole gigabytes', () => {
    assert.deepEqual([256, 1024, 1536, 2048].map(formatMemory), ['256 MB', '1 GB', '1536 MB', '2 GB']);
  });

  it('gives memory used in KB below a megabyte, in MB with one decimal above', () => {
    assert.deepEqual([840, 840.4, 1024, 12_700].map(formatKb), ['840 KB', '840 KB', '1 MB', '12.4 MB']);
  });

  it('gives a score as a whole percentage', () => {
    assert.deepEqual([1, 2 / 3, 0].map(formatScore), ['100%', '67%', '0%']);
  });
});

describe('a moment told relative to now', () => {
  const now = Date.parse('2026-12-02T12:00:00Z');
  const secondsAgo = (seconds: number) => formatRelative(new Date(now - seconds * 1000).toISOString(), now);

  it('is "just now" within half a minute either way', () => {
    assert.deepEqual([0, 10, 29, -29].map(secondsAgo), ['just now', 'just now', 'just now', 'just now']);
  });

  it('is counted in the largest unit that fits, in words for the day before and the like', () => {
    const day = 86_400;
    assert.deepEqual(
      [31, 300, 2 * 3600, day, 2 * day, 21 * day, 45 * day, 400 * day].map(secondsAgo),
      ['31 seconds ago', '5 minutes ago', '2 hours ago', 'yesterday', '2 days ago', '3 weeks ago', 'last month', 'last year'],
    );
  });

  it('is "in …" for a moment still to come', () => {
    assert.equal(secondsAgo(-2 * 3600), 'in 2 hours');
  });
});
