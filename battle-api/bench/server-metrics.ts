/**
 * What each battle-api process says about the run on /metrics: its event-loop lag (prom-client
 * resets that histogram at every scrape, so scraping just before the load scopes it to the
 * load) and how long its `battle.progress` handler took (the hook's SQL and the emits, without
 * HTTP parsing or waiting for the event loop).
 */
const PROGRESS_HANDLER = 'handler="battle.progress",outcome="ok"';
/** prom-client samples the loop every 10 ms and counts that interval in each sample. */
const LAG_SAMPLING_MS = 10;

async function scrape(url: string): Promise<string> {
  const response = await fetch(`${url}/metrics`);
  if (!response.ok) throw new Error(`${url}/metrics answered ${response.status}`);
  return response.text();
}

function sampleValue(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ').at(-1)) : NaN;
}

/** Starts the lag histograms afresh on every instance. */
export async function resetServerLag(urls: string[]): Promise<void> {
  await Promise.all(urls.map(scrape));
}

export interface ServerView {
  instance: number;
  lagP99Ms: number;
  lagMaxMs: number;
  /** Share of progress handler calls that took at most each bound, in ms. */
  handlerShares: { withinMs: number; share: number }[];
}

export async function readServerViews(urls: string[]): Promise<ServerView[]> {
  return Promise.all(
    urls.map(async (url, instance) => {
      const text = await scrape(url);
      const lag = (series: string) => Math.max(0, sampleValue(text, series) * 1000 - LAG_SAMPLING_MS);
      const count = sampleValue(text, `handler_duration_seconds_count{${PROGRESS_HANDLER}}`);
      const handlerShares = [0.01, 0.025, 0.1].map((le) => ({
        withinMs: le * 1000,
        share: sampleValue(text, `handler_duration_seconds_bucket{le="${le}",${PROGRESS_HANDLER}}`) / count,
      }));
      return { instance, lagP99Ms: lag('nodejs_eventloop_lag_p99_seconds'), lagMaxMs: lag('nodejs_eventloop_lag_max_seconds'), handlerShares };
    }),
  );
}

export function printServerViews(views: ServerView[]): void {
  for (const view of views) {
    const shares = view.handlerShares.map(({ withinMs, share }) => `${(share * 100).toFixed(1)} % ≤ ${withinMs} ms`).join(', ');
    console.log(
      `battle-api ${view.instance + 1}: event-loop lag p99 ${view.lagP99Ms.toFixed(1)} ms, max ${view.lagMaxMs.toFixed(1)} ms; battle.progress handler ${shares}`,
    );
  }
}
