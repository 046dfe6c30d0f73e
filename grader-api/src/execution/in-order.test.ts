import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapInOrder } from './in-order.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapInOrder', () => {
  it('reports results in item order even when later items finish first', async () => {
    const reported: number[] = [];
    const delays = [30, 5, 1, 20, 2];
    const results = await mapInOrder(delays, 3, async (ms, i) => (await sleep(ms), i * 10), (result) => void reported.push(result));
    assert.deepEqual(results, [0, 10, 20, 30, 40]);
    assert.deepEqual(reported, [0, 10, 20, 30, 40]);
  });

  it('never has more than `parallelism` items in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    await mapInOrder(Array.from({ length: 9 }, (_, i) => i), 2, async () => {
      peak = Math.max(peak, ++inFlight);
      await sleep(2);
      inFlight--;
    }, () => {});
    assert.equal(peak, 2);
  });

  it('handles no items', async () => {
    assert.deepEqual(await mapInOrder([], 4, async () => 1, () => {}), []);
  });
});
