/**
 * A seccomp filter for bwrap's --seccomp: the network namespace already leaves a sandbox with
 * nothing but its own loopback; this takes even that away. socket() works for AF_UNIX only
 * (runtimes use socketpairs internally) and fails with EACCES for every network family;
 * io_uring, which can open sockets without socket(), is refused; and syscalls through another
 * ABI (i386 via int 0x80, x32) kill the process, so the filter cannot be sidestepped.
 */

// Classic BPF opcodes (linux/filter.h) and seccomp return values (linux/seccomp.h).
const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const RET_K = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const RET_KILL_PROCESS = 0x80000000;

const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;
const SYS_SOCKET = 41;
const SYS_IO_URING_SETUP = 425;
const AF_UNIX = 1;
const EACCES = 13;
const ENOSYS = 38;

// struct seccomp_data: nr at 0, arch at 4, args[0] at 16 (low 32 bits, little-endian).
const NR = 0;
const ARCH = 4;
const ARG0 = 16;

type Instruction = [code: number, jt: number, jf: number, k: number];

// Jumps are relative to the next instruction; the labels on the right are the targets.
const PROGRAM: Instruction[] = [
  /* 0 */ [LD_W_ABS, 0, 0, ARCH],
  /* 1 */ [JEQ_K, 0, 9, AUDIT_ARCH_X86_64], // else → 11 kill
  /* 2 */ [LD_W_ABS, 0, 0, NR],
  /* 3 */ [JGE_K, 7, 0, X32_SYSCALL_BIT], // x32 → 11 kill
  /* 4 */ [JEQ_K, 0, 2, SYS_SOCKET], // not socket → 7
  /* 5 */ [LD_W_ABS, 0, 0, ARG0],
  /* 6 */ [JEQ_K, 1, 2, AF_UNIX], // unix → 8 allow, else → 9 EACCES
  /* 7 */ [JEQ_K, 2, 0, SYS_IO_URING_SETUP], // io_uring → 10 ENOSYS, else → 8 allow
  /* 8 */ [RET_K, 0, 0, RET_ALLOW],
  /* 9 */ [RET_K, 0, 0, RET_ERRNO | EACCES],
  /* 10 */ [RET_K, 0, 0, RET_ERRNO | ENOSYS],
  /* 11 */ [RET_K, 0, 0, RET_KILL_PROCESS],
];

/** The filter as the array of struct sock_filter bwrap reads from its --seccomp descriptor. */
export function networkDenyFilter(): Buffer {
  const buffer = Buffer.alloc(PROGRAM.length * 8);
  PROGRAM.forEach(([code, jt, jf, k], i) => {
    buffer.writeUInt16LE(code, i * 8);
    buffer.writeUInt8(jt, i * 8 + 2);
    buffer.writeUInt8(jf, i * 8 + 3);
    buffer.writeUInt32LE(k >>> 0, i * 8 + 4);
  });
  return buffer;
}
