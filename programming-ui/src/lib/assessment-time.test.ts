import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clockOffset, describeCountdown, formatAvailableAt, formatCountdown, formatDuration, secondsLeft } from './assessment-time.ts';

describe('secondsLeft', () => {
  const endsAt = '2026-12-02T21:00:00.000Z';
  const at = (iso: string) => Date.parse(iso);

  it('counts whole seconds up to the deadline, rounding a part second up', () => {
    assert.equal(secondsLeft(endsAt, at('2026-12-02T20:15:00.000Z')), 45 * 60);
    assert.equal(secondsLeft(endsAt, at('2026-12-02T20:59:59.400Z')), 1);
  });

  it('reads the deadline by the server’s clock when it is ahead of this one', () => {
    assert.equal(secondsLeft(endsAt, at('2026-12-02T20:59:00.000Z'), 30_000), 30);
  });

  it('never goes below zero once the deadline has passed', () => {
    assert.equal(secondsLeft(endsAt, at('2026-12-02T21:05:00.000Z')), 0);
  });
});

describe('clockOffset', () => {
  const at = (iso: string) => Date.parse(iso);

  it('is zero for a client clock the Date header agrees with, whichever part of its second it was written in', () => {
    // The header truncates to the second: written at 21:00:10.000 or at 21:00:10.999, it reads 21:00:10.
    assert.equal(clockOffset('Wed, 02 Dec 2026 21:00:10 GMT', at('2026-12-02T21:00:10.000Z'), at('2026-12-02T21:00:10.020Z')), 0);
    assert.equal(clockOffset('Wed, 02 Dec 2026 21:00:10 GMT', at('2026-12-02T21:00:10.950Z'), at('2026-12-02T21:00:10.990Z')), 0);
    assert.equal(clockOffset('Wed, 02 Dec 2026 21:00:10 GMT', at('2026-12-02T21:00:09.990Z'), at('2026-12-02T21:00:11.010Z')), 0);
  });

  it('is the middle of what the header allows for a client clock that is wrong', () => {
    const offset = clockOffset('Wed, 02 Dec 2026 21:00:10 GMT', at('2026-12-02T21:00:00.000Z'), at('2026-12-02T21:00:00.100Z'));
    assert.equal(offset, 10_450);
    const behind = clockOffset('Wed, 02 Dec 2026 21:00:10 GMT', at('2026-12-02T21:00:30.000Z'), at('2026-12-02T21:00:30.100Z'));
    assert.equal(behind, -19_550);
  });

  it('is zero without a readable header', () => {
    assert.equal(clockOffset(null, 1, 2), 0);
    assert.equal(clockOffset('soon', 1, 2), 0);
  });
});

describe('formatCountdown', () => {
  it('shows minutes and seconds with two digits each', () => {
    assert.equal(formatCountdown(44 * 60 + 59), '44:59');
    assert.equal(formatCountdown(7), '00:07');
    assert.equal(formatCountdown(0), '00:00');
  });

  it('adds the hours past an hour', () => {
    assert.equal(formatCountdown(3900), '1:05:00');
  });
});

describe('describeCountdown', () => {
  it('spells the time left out in words', () => {
    assert.equal(describeCountdown(5 * 60), '5 minutes left');
    assert.equal(describeCountdown(61), '1 minute 1 second left');
    assert.equal(describeCountdown(0), '0 seconds left');
  });
});

describe('formatDuration', () => {
  it('uses minutes under an hour and hours with minutes above', () => {
    assert.equal(formatDuration(45 * 60), '45 min');
    assert.equal(formatDuration(90 * 60), '1 h 30 min');
    assert.equal(formatDuration(120 * 60), '2 h');
  });
});

describe('formatAvailableAt', () => {
  it('says "today" for a time later the same day', () => {
    const now = new Date(2026, 11, 2, 9, 0).getTime();
    assert.match(formatAvailableAt(new Date(2026, 11, 2, 21, 5).toISOString(), now, 'en-GB'), /^today at 21:05$/);
  });

  it('names the day for a later one', () => {
    const now = new Date(2026, 11, 2, 9, 0).getTime();
    assert.match(formatAvailableAt(new Date(2026, 11, 3, 9, 0).toISOString(), now, 'en-GB'), /^3 Dec at 09:00$/);
  });
});
