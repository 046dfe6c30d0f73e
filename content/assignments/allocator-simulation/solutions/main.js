const data = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/);

// A first-fit allocator over 8-byte granules. Segment tree: best[size + g] holds the length (in
// granules) of the free block starting at granule g, or 0, and every inner node the largest in
// its subtree, so the first fit is the leftmost leaf that is large enough.
class Arena {
  constructor(bytes) {
    this.bytes = bytes;
    this.granules = bytes / 8;
    this.size = 1;
    while (this.size < this.granules) this.size *= 2;
    this.best = new Int32Array(2 * this.size);
    this.endsAt = new Int32Array(this.granules + 1).fill(-1); // start of the free block ending here
    this.allocated = new Int32Array(this.granules); // length of the allocated block starting here
    this.returned = new Uint8Array(this.granules); // 1 once a MALLOC has answered the address
    this.usedGranules = 0;
    this.usedBlocks = 0;
    this.setFreeLength(0, this.granules);
    this.endsAt[this.granules] = 0;
  }

  setFreeLength(g, length) {
    const best = this.best;
    let node = this.size + g;
    best[node] = length;
    for (node >>= 1; node >= 1; node >>= 1) {
      const larger = Math.max(best[2 * node], best[2 * node + 1]);
      if (best[node] === larger) break;
      best[node] = larger;
    }
  }

  // The address of the new block, or -1 for NULL. The request may pass 2^53 and lose precision,
  // but then it exceeds the arena anyway.
  allocate(request) {
    if (request <= 0 || request > this.bytes) return -1;
    const need = Math.ceil(request / 8);
    const best = this.best;
    if (best[1] < need) return -1;
    let node = 1;
    while (node < this.size) node = best[2 * node] >= need ? 2 * node : 2 * node + 1;
    const g = node - this.size;
    const length = best[node];
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

  release(address) {
    const aligned = address < this.bytes && address % 8 === 0;
    const g = aligned ? address / 8 : 0;
    if (!aligned || this.allocated[g] === 0) return aligned && this.returned[g] ? 'DOUBLE FREE' : 'INVALID FREE';
    let start = g;
    let end = g + this.allocated[g];
    this.usedGranules -= this.allocated[g];
    this.usedBlocks--;
    this.allocated[g] = 0;
    if (end < this.granules && this.best[this.size + end] > 0) {
      // merge with the free block that follows
      const following = this.best[this.size + end];
      this.setFreeLength(end, 0);
      end += following;
    }
    if (this.endsAt[g] >= 0) {
      // merge with the free block that precedes
      start = this.endsAt[g];
      this.endsAt[g] = -1;
    }
    this.setFreeLength(start, end - start);
    this.endsAt[end] = start;
    return 'OK';
  }

  report() {
    let freeBytes = 0;
    let freeBlocks = 0;
    for (let g = 0; g < this.granules; g++) {
      if (this.best[this.size + g] > 0) {
        freeBytes += 8 * this.best[this.size + g];
        freeBlocks++;
      }
    }
    const largest = 8 * this.best[1];
    const fragmentation = freeBytes > 0 ? Math.floor((100 * (freeBytes - largest)) / freeBytes) : 0;
    return [`USED ${8 * this.usedGranules} ${this.usedBlocks}`, `FREE ${freeBytes} ${freeBlocks} ${largest}`, `FRAGMENTATION ${fragmentation}`];
  }
}

const arena = new Arena(Number(data[0]));
const q = Number(data[1]);
const out = [];
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
