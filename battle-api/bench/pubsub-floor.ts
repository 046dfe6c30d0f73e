/**
 * The floor a cross-instance delivery cannot beat on this machine: a PUBLISH on the stack's
 * Redis coming back to a subscriber in the same process (what the Socket.IO Redis adapter
 * does between instances, minus Socket.IO), timed one message at a time.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';

export interface PubSubProbe {
  roundTrip(): Promise<number>;
  /** Samples every `gapMs` until `stop` resolves; answers the samples. */
  sampleUntil(stop: Promise<unknown>, gapMs: number): Promise<number[]>;
  close(): Promise<void>;
}

export async function openPubSubProbe(redisUrl: string): Promise<PubSubProbe> {
  const pub = new Redis(redisUrl);
  const sub = pub.duplicate();
  const channel = `bench:pubsub-floor:${randomUUID()}`;
  let waiting: ((arrivedAt: number) => void) | undefined;
  sub.on('message', (received: string) => {
    if (received === channel) waiting?.(performance.now());
  });
  await sub.subscribe(channel);

  const roundTrip = async () => {
    const arrived = new Promise<number>((resolve) => (waiting = resolve));
    const sentAt = performance.now();
    await pub.publish(channel, 'ping');
    return (await arrived) - sentAt;
  };

  return {
    roundTrip,
    async sampleUntil(stop, gapMs) {
      let stopped = false;
      void stop.then(() => (stopped = true));
      const samples: number[] = [];
      while (!stopped) {
        samples.push(await roundTrip());
        await sleep(gapMs);
      }
      return samples;
    },
    async close() {
      sub.disconnect();
      await pub.quit();
    },
  };
}

export async function idleRoundTrips(probe: PubSubProbe, count: number): Promise<number[]> {
  await probe.roundTrip(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < count; i++) samples.push(await probe.roundTrip());
  return samples;
}
