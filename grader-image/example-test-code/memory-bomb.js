// Hoards zero-filled Buffers: they live outside V8's heap, where --max-old-space-size does not
// look, so only the sandbox's own memory limit can stop this.
const hoard = [];
for (;;) hoard.push(Buffer.alloc(1 << 20, 1));
