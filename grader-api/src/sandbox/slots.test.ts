import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundOwner, Slots } from './slots.ts';

/** Acquires for each owner in turn, recording who is given a slot, in order. */
function recorder(slots: Slots) {
  const served: string[] = [];
  const take = (owner: string) => slots.acquire(owner).then((slot) => (served.push(owner), slot));
  return { served, take };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('sandbox slots shared between owners', () => {
  it('serve another owner at once while one owner has a burst waiting', async () => {
    const slots = new Slots(2);
    const { served, take } = recorder(slots);
    for (let i = 0; i < 10; i++) void take('alice');
    await take('bob');
    assert.deepEqual(served, ['alice', 'bob']);
    assert.equal(slots.waiting, 9);
  });

  it('never give one owner more than all but one slot, even when nobody else is waiting', async () => {
    const slots = new Slots(4);
    const { served, take } = recorder(slots);
    for (let i = 0; i < 6; i++) void take('alice');
    await settle();
    assert.equal(served.length, 3);
    assert.equal(slots.inUse, 3);
    assert.equal(slots.waiting, 3);
  });

  it('give a freed slot to the waiting owner holding fewest, whoever queued more or first', async () => {
    const slots = new Slots(3, { maxPerOwner: 3 });
    const { served, take } = recorder(slots);
    const alices = await Promise.all([take('alice'), take('alice'), take('alice')]);
    for (let i = 0; i < 3; i++) void take('alice');
    void take('bob');
    void take('carol');
    for (const slot of alices) slots.release(slot);
    await settle();
    assert.deepEqual(served.slice(3).sort(), ['alice', 'bob', 'carol']);
  });

  it('take turns on a single slot: the owner served last goes after the others', async () => {
    const slots = new Slots(1);
    const { served, take } = recorder(slots);
    const first = await take('alice');
    const alice = take('alice');
    const bob = take('bob');
    slots.release(first);
    slots.release(await bob);
    slots.release(await alice);
    assert.deepEqual(served, ['alice', 'bob', 'alice']);
    assert.equal(slots.inUse, 0);
  });
});

describe('background owners (insights after a verdict)', () => {
  const insights = backgroundOwner('user:alice');

  it('are served after every waiting owner, whoever queued first', async () => {
    const slots = new Slots(3, { maxPerOwner: 3 });
    const { served, take } = recorder(slots);
    const held = await Promise.all([take('user:carol'), take('user:carol'), take('user:carol')]);
    const analysis = take(insights);
    const bob = take('user:bob');
    for (const slot of held) slots.release(slot);
    await settle();
    assert.deepEqual(served.slice(3), ['user:bob'], 'two slots free, but a grading runs');
    slots.release(await bob);
    await analysis;
    assert.deepEqual(served.slice(3), ['user:bob', insights]);
  });

  it('wait while any grading or run holds a slot, however many are free', async () => {
    const slots = new Slots(4, { maxPerOwner: 4 });
    const { served, take } = recorder(slots);
    const grading = await take('user:bob');
    const analysis = take(insights);
    await settle();
    assert.deepEqual(served, ['user:bob']);
    slots.release(grading);
    await analysis;
    assert.deepEqual(served, ['user:bob', insights]);
  });

  it('never take the last free slot, so a grading arriving meanwhile starts at once', async () => {
    const slots = new Slots(2);
    const { served, take } = recorder(slots);
    const grading = await take('user:bob');
    const analysis = take(insights);
    await settle();
    assert.deepEqual(served, ['user:bob']);
    assert.equal(slots.waiting, 1);
    slots.release(grading);
    await analysis;
    assert.equal(slots.inUse, 1);
    await take('user:dave');
    assert.deepEqual(served, ['user:bob', insights, 'user:dave']);
  });

  it('take the only slot of a one-slot sandbox when nobody else waits', async () => {
    const slots = new Slots(1);
    const { served, take } = recorder(slots);
    slots.release(await take(insights));
    assert.deepEqual(served, [insights]);
  });

  it('are owners of their own, apart from the same user’s gradings', () => {
    assert.notEqual(backgroundOwner('user:alice'), 'user:alice');
    assert.equal(backgroundOwner(undefined), backgroundOwner(undefined));
  });
});
