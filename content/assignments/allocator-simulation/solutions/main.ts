import { readFileSync } from 'node:fs';

const data = readFileSync(0, 'utf8').trim().split(/\s+/);

// A first-fit allocator over 8-byte granules. Segment tree: best[size + g] holds the length (in
// granules) of the free block starting at granule g, or 0, and every inner node the largest in
// its subtree, so the first fit is the leftmost leaf that is large enough.
class Arena {
  private readonly bytes: number;
  private readonly granules: number;
  private readonly size: number;
  private readonly best: Int32Array;
  private readonly endsAt: Int32Array; // start of the free block ending here
  private readonly allocated: Int32Array; // length of the allocated block starting here
  private readonly returned: Uint8Array; // 1 once a MALLOC has answered the address
  private usedGranules = 0;
  private usedBlocks = 0;

  constructor(bytes: number) {
    this.bytes = bytes;
    this.granules = bytes / 8;
    let size = 1;
    while (size < this.granules) size *= 2;
    this.size = size;
    this.best = new Int32Array(2 * size);
    this.endsAt = new Int32Array(this.granules + 1).fill(-1);
    this.allocated = new Int32Array(this.granules);
    this.returned = new Uint8Array(this.granules);
    this.setFreeLength(0, this.granules);
    this.endsAt[this.granules] = 0;
  }

  private setFreeLength(g: number, length: number): void {
    const best = this.best;
    let node = this.size + g;
    best[node] = length;
    for (node >>= 1; node >= 1; node >>= 1) {
      const larger = Math.max(best[2 * node]!, best[2 * node + 1]!);
      if (best[node] === larger) break;
      best[node] = larger;
    }
  }

  // The address of the new block, or -1 for NULL. The request may pass 2^53 and lose precision,
  // but then it exceeds the arena anyway.
  allocate(request: number): number {
    if (request <= 0 || request > this.bytes) return -1;
    const need = Math.ceil(request / 8);
    const best = this.best;
    if (best[1]! < need) return -1;
    let node = 1;
    while (node < this.size) node = best[2 * node]! >= need ? 2 * node : 2 * node + 1;
    const g = node - this.size;
    const length = best[node]!;
    this.setFreeLength(g, 0);
    this.endsAt[g + length] = -1;
    if (length > need) {
      // the rest of the block stays free
      this.setFreeLength(g + need, length - need);
      this.endsAt[g + length] = g + need;
    }
    this.allocated[g] = need;
    this.returned[g] = 1;
    this.usedGranules += need;
    this.usedBlocks++;
    return 8 * g;
  }

  release(address: number): string {
    const aligned = address < this.bytes && address % 8 === 0;
    const g = aligned ? address / 8 : 0;
    if (!aligned || this.allocated[g] === 0) return aligned && this.returned[g] ? 'DOUBLE FREE' : 'INVALID FREE';
    let start = g;
    let end = g + this.allocated[g]!;
    this.usedGranules -= this.allocated[g]!;
    this.usedBlocks--;
    this.allocated[g] = 0;
    if (end < this.granules && this.best[this.size + end]! > 0) {
      // merge with the free block that follows
      const following = this.best[this.size + end]!;
      this.setFreeLength(end, 0);
      end += following;
    }
    if (this.endsAt[g]! >= 0) {
      // merge with the free block that precedes
      start = this.endsAt[g]!;
      this.endsAt[g] = -1;
    }
    this.setFreeLength(start, end - start);
    this.endsAt[end] = start;
    return 'OK';
  }

  report(): string[] {
    let freeBytes = 0;
    let freeBlocks = 0;
    for (let g = 0; g < this.granules; g++) {
      if (this.best[this.size + g]! > 0) {
        freeBytes += 8 * this.best[this.size + g]!;
        freeBlocks++;
      }
    }
    const largest = 8 * this.best[1]!;
    const fragmentation = freeBytes > 0 ? Math.floor((100 * (freeBytes - largest)) / freeBytes) : 0;
    return [`USED ${8 * this.usedGranules} ${this.usedBlocks}`, `FREE ${freeBytes} ${freeBlocks} ${largest}`, `FRAGMENTATION ${fragmentation}`];
  }
}

const arena = new Arena(Number(data[0]));
const q = Number(data[1]);
const out: string[] = [];
for (let i = 0; i < q; i++) {
  const command = data[2 + 2 * i];
  const argument = Number(data[3 + 2 * i]);
  if (command === 'MALLOC') {
    const address = arena.allocate(argument);
    out.push(address < 0 ? 'NULL' : String(address));
  } else {
    out.push(arena.release(argument));
  }
}
out.push(...arena.report());
process.stdout.write(out.join('\n') + '\n');
