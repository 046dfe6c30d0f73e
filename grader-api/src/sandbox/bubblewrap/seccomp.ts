/**
 * The seccomp filter bwrap loads before the program starts (classic BPF, read from a pipe).
 * bwrap already leaves a sandbox with no capabilities, its own namespaces and no nested user
 * namespace; this refuses what would still reach the shared kernel, following what Docker's
 * default profile, nsjail and isolate refuse:
 * - the kernel keyring (keys are per uid, so two sandboxes could pass data through it), bpf,
 *   perf, userfaultfd, ptrace and reading other processes' memory, kexec and modules, mounts,
 *   namespaces, clocks, swap, quotas, file handles and the other administrative calls;
 * - clone() with a namespace flag; clone3(), whose flags sit in memory the filter cannot read,
 *   answers ENOSYS so libc falls back to clone();
 * - socket() for anything but AF_UNIX (runtimes use socketpairs internally): even the private
 *   loopback is gone; io_uring, which can open sockets without socket(), answers ENOSYS;
 * - syscalls newer than this list answer ENOSYS, as on an older kernel, until reviewed;
 * - syscalls through another ABI (i386 via int 0x80, x32) kill the process.
 */

export const SYSCALLS = {
  socket: 41, clone: 56, ptrace: 101, syslog: 103, uselib: 134, personality: 135, ustat: 136, sysfs: 139, vhangup: 153,
  modify_ldt: 154, pivot_root: 155, _sysctl: 156, adjtimex: 159, chroot: 161, acct: 163, settimeofday: 164, mount: 165,
  umount2: 166, swapon: 167, swapoff: 168, reboot: 169, iopl: 172, ioperm: 173, create_module: 174, init_module: 175,
  delete_module: 176, get_kernel_syms: 177, query_module: 178, quotactl: 179, nfsservctl: 180, lookup_dcookie: 212,
  clock_settime: 227, mbind: 237, set_mempolicy: 238, kexec_load: 246, add_key: 248, request_key: 249, keyctl: 250,
  migrate_pages: 256, unshare: 272, move_pages: 279, perf_event_open: 298, fanotify_init: 300, name_to_handle_at: 303,
  open_by_handle_at: 304, clock_adjtime: 305, setns: 308, process_vm_readv: 310, process_vm_writev: 311, kcmp: 312,
  finit_module: 313, kexec_file_load: 320, bpf: 321, userfaultfd: 323, io_uring_setup: 425, io_uring_enter: 426,
  io_uring_register: 427, open_tree: 428, move_mount: 429, fsopen: 430, fsconfig: 431, fsmount: 432, fspick: 433,
  clone3: 435, pidfd_getfd: 438, process_madvise: 440, mount_setattr: 441, quotactl_fd: 443, memfd_secret: 447,
  set_mempolicy_home_node: 450,
} as const;

export type Syscall = keyof typeof SYSCALLS;

/** Refused with EPERM, as a process without the capability would be. */
export const REFUSED: Syscall[] = [
  'ptrace', 'syslog', 'uselib', 'ustat', 'sysfs', 'vhangup', 'modify_ldt', 'pivot_root', '_sysctl', 'adjtimex', 'chroot',
  'acct', 'settimeofday', 'mount', 'umount2', 'swapon', 'swapoff', 'reboot', 'iopl', 'ioperm', 'create_module',
  'init_module', 'delete_module', 'get_kernel_syms', 'query_module', 'quotactl', 'nfsservctl', 'lookup_dcookie',
  'clock_settime', 'mbind', 'set_mempolicy', 'kexec_load', 'add_key', 'request_key', 'keyctl', 'migrate_pages', 'unshare',
  'move_pages', 'perf_event_open', 'fanotify_init', 'name_to_handle_at', 'open_by_handle_at', 'clock_adjtime', 'setns',
  'process_vm_readv', 'process_vm_writev', 'kcmp', 'finit_module', 'kexec_file_load', 'bpf', 'userfaultfd', 'open_tree',
  'move_mount', 'fsopen', 'fsconfig', 'fsmount', 'fspick', 'pidfd_getfd', 'process_madvise', 'mount_setattr',
  'quotactl_fd', 'memfd_secret', 'set_mempolicy_home_node',
];
/** Answered as if the kernel did not have them, so runtimes take their fallback. */
export const ABSENT: Syscall[] = ['clone3', 'io_uring_setup', 'io_uring_enter', 'io_uring_register'];
/** The first syscall number after this list's review (6.x kernels add a few a year). */
const FIRST_UNREVIEWED = 451;

export const CLONE_NAMESPACES = 0x7e020000; // NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
export const AF_UNIX = 1;
/** personality() values Docker's profile allows: the default, and queries/flags runtimes set. */
const PERSONALITIES = [0x0, 0x8, 0x20000, 0x20008, 0xffffffff];

// Classic BPF opcodes (linux/filter.h), seccomp return values (linux/seccomp.h), errnos.
const LD_W_ABS = 0x20;
const JEQ_K = 0x15;
const JGE_K = 0x35;
const JSET_K = 0x45;
const RET_K = 0x06;
const RET_ALLOW = 0x7fff0000;
const RET_ERRNO = 0x00050000;
const RET_KILL_PROCESS = 0x80000000;
const EPERM = 1;
const EACCES = 13;
const ENOSYS = 38;
const AUDIT_ARCH_X86_64 = 0xc000003e;
const X32_SYSCALL_BIT = 0x40000000;

// struct seccomp_data: nr at 0, arch at 4, args[0] at 16 (low 32 bits, little-endian).
const NR = 0;
const ARCH = 4;
const ARG0 = 16;

type Label = 'allow' | 'eperm' | 'eacces' | 'enosys' | 'kill' | 'socket' | 'clone' | 'personality' | 'next';
type Op = { code: number; k: number; jt?: Label; jf?: Label; label?: Label };

const load = (offset: number): Op => ({ code: LD_W_ABS, k: offset });
const ifEqual = (k: number, jt: Label, jf: Label = 'next'): Op => ({ code: JEQ_K, k, jt, jf });
const ret = (label: Label, k: number): Op => ({ code: RET_K, k, label });

const PROGRAM: Op[] = [
  load(ARCH),
  ifEqual(AUDIT_ARCH_X86_64, 'next', 'kill'),
  load(NR),
  { code: JGE_K, k: X32_SYSCALL_BIT, jt: 'kill', jf: 'next' },
  { code: JGE_K, k: FIRST_UNREVIEWED, jt: 'enosys', jf: 'next' },
  ...REFUSED.map((name) => ifEqual(SYSCALLS[name], 'eperm')),
  ...ABSENT.map((name) => ifEqual(SYSCALLS[name], 'enosys')),
  ifEqual(SYSCALLS.socket, 'socket'),
  ifEqual(SYSCALLS.clone, 'clone'),
  ifEqual(SYSCALLS.personality, 'personality', 'allow'),
  { ...load(ARG0), label: 'socket' },
  ifEqual(AF_UNIX, 'allow', 'eacces'),
  { ...load(ARG0), label: 'clone' },
  { code: JSET_K, k: CLONE_NAMESPACES, jt: 'eperm', jf: 'allow' },
  { ...load(ARG0), label: 'personality' },
  ...PERSONALITIES.map((k) => ifEqual(k, 'allow')),
  ret('eperm', RET_ERRNO | EPERM),
  ret('allow', RET_ALLOW),
  ret('eacces', RET_ERRNO | EACCES),
  ret('enosys', RET_ERRNO | ENOSYS),
  ret('kill', RET_KILL_PROCESS),
];

/** The filter as the array of struct sock_filter bwrap reads from its --seccomp descriptor. */
export function sandboxFilter(): Buffer {
  const at = new Map(PROGRAM.flatMap((op, i) => (op.label ? [[op.label, i] as const] : [])));
  const offset = (from: number, label: Label | undefined): number => {
    if (label === undefined || label === 'next') return 0;
    const distance = (at.get(label) ?? Number.NaN) - from - 1;
    if (!(distance >= 0 && distance <= 255)) throw new Error(`seccomp: no forward jump from ${from} to ${label}`);
    return distance;
  };
  const buffer = Buffer.alloc(PROGRAM.length * 8);
  PROGRAM.forEach((op, i) => {
    buffer.writeUInt16LE(op.code, i * 8);
    buffer.writeUInt8(offset(i, op.jt), i * 8 + 2);
    buffer.writeUInt8(offset(i, op.jf), i * 8 + 3);
    buffer.writeUInt32LE(op.k >>> 0, i * 8 + 4);
  });
  return buffer;
}
