import type { Readable } from 'node:stream';

/** Collects a stream into memory up to a byte cap; calls onOverflow once when the cap is passed. */
export function collectCapped(stream: Readable, cap: number, onOverflow: () => void = () => {}) {
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  stream.on('data', (chunk: Buffer) => {
    if (truncated) return;
    const room = cap - size;
    if (chunk.length > room) {
      if (room > 0) chunks.push(chunk.subarray(0, room));
      size = cap;
      truncated = true;
      onOverflow();
      return;
    }
    chunks.push(chunk);
    size += chunk.length;
  });
  const done = new Promise<void>((resolve) => {
    stream.once('close', resolve);
    stream.once('error', () => resolve());
  });
  return {
    done,
    result: () => ({ buffer: Buffer.concat(chunks, size), truncated }),
  };
}
