import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { integrityOf, timePerQuestion, type AttemptEvent } from './attempt-time.ts';

const start = new Date('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
const event = (seconds: number, type: AttemptEvent['type'], question = 'q1'): AttemptEvent => ({ question, type, at: at(seconds) });

describe('time per question', () => {
  it('runs for the question last opened, up to the next one and then to the end', () => {
    const times = timePerQuestion([event(0, 'open', 'q1'), event(30, 'open', 'q2'), event(50, 'open', 'q1')], start, at(100));
    assert.deepEqual(Object.fromEntries(times), { q1: 80, q2: 20 });
  });

  it('stops while the page has no focus', () => {
    const times = timePerQuestion([event(0, 'open', 'q1'), event(10, 'blur', 'q1'), event(70, 'focus', 'q1')], start, at(100));
    assert.deepEqual(Object.fromEntries(times), { q1: 40 });
  });

  it('counts nothing before the first question is opened, and a paste changes nothing', () => {
    const times = timePerQuestion([event(20, 'open', 'q2'), event(25, 'paste', 'q2')], start, at(60));
    assert.deepEqual(Object.fromEntries(times), { q2: 40 });
  });

  it('clamps events outside the attempt to it, so no question takes longer than the attempt', () => {
    const times = timePerQuestion([event(-500, 'open', 'q1'), event(500, 'open', 'q2')], start, at(60));
    assert.deepEqual(Object.fromEntries(times), { q1: 60, q2: 0 });
  });

  it('reads events in time order whatever order they arrive in', () => {
    const times = timePerQuestion([event(30, 'open', 'q2'), event(0, 'open', 'q1')], start, at(40));
    assert.deepEqual(Object.fromEntries(times), { q1: 30, q2: 10 });
  });

  it('counts pastes and blurs as integrity signals', () => {
    assert.deepEqual(integrityOf([event(0, 'open'), event(1, 'paste'), event(2, 'blur'), event(3, 'focus'), event(4, 'paste')]), { pastes: 2, blurs: 1 });
  });
});
