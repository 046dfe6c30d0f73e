import { assertBoxFileName } from '../sandbox.ts';

const BLOCK = 512;

/**
 * A ustar archive of flat files (name → content), mode 0644, in memory. Box files are a handful
 * of sources, so this beats a dependency; names are checked, so no path can leave the folder.
 */
export function tarball(files: Record<string, string>, owner: { uid: number; gid: number }): Buffer {
  const parts: Buffer[] = [];
  for (const [name, content] of Object.entries(files)) {
    assertBoxFileName(name);
    const body = Buffer.from(content, 'utf8');
    parts.push(header(name, body.length, owner), body, Buffer.alloc((BLOCK - (body.length % BLOCK)) % BLOCK));
  }
  parts.push(Buffer.alloc(2 * BLOCK));
  return Buffer.concat(parts);
}

function header(name: string, size: number, owner: { uid: number; gid: number }): Buffer {
  const block = Buffer.alloc(BLOCK);
  const octal = (value: number, offset: number, width: number) => block.write(`${value.toString(8).padStart(width - 1, '0')}\0`, offset, 'ascii');
  block.write(name, 0, 'utf8');
  octal(0o644, 100, 8);
  octal(owner.uid, 108, 8);
  octal(owner.gid, 116, 8);
  octal(size, 124, 12);
  octal(Math.floor(Date.now() / 1000), 136, 12);
  block.write('0', 156, 'ascii');
  block.write('ustar\0' + '00', 257, 'ascii');
  // The checksum is summed with its own field read as eight spaces.
  block.fill(' ', 148, 156);
  const sum = block.reduce((total, byte) => total + byte, 0);
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return block;
}
