/**
 * Runs `work` over the items with at most `parallelism` in flight, and hands each result to
 * `report` in item order (the third waits for the second even if it finished first).
 */
export async function mapInOrder<T, R>(
  items: readonly T[],
  parallelism: number,
  work: (item: T, index: number) => Promise<R>,
  report: (result: R, index: number) => void | Promise<void>,
): Promise<R[]> {
  const results: R[] = [];
  const done: boolean[] = [];
  let next = 0;
  let reported = 0;
  let reporting = Promise.resolve();
  const reportReady = async () => {
    while (reported < items.length && done[reported]) {
      await report(results[reported] as R, reported);
      reported++;
    }
  };
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
      done[index] = true;
      reporting = reporting.then(reportReady);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(parallelism, items.length)) }, worker));
  await reporting;
  return results;
}
