import { ABSENT, AF_UNIX, CLONE_NAMESPACES, REFUSED } from '../bubblewrap/seccomp.ts';

const EPERM = 1;
const ENOSYS = 38;

/**
 * The docker driver's seccomp profile: the bubblewrap filter's policy (seccomp.ts) in Docker's
 * profile format, in place of Docker's default profile, which allows ptrace on current kernels.
 * Refused calls answer EPERM, absent ones ENOSYS; clone() with a namespace flag and socket() for
 * anything but AF_UNIX are refused; only the x86-64 ABI is listed, so i386 and x32 calls are
 * killed. What the format cannot say (calls newer than the list answering ENOSYS, the personality
 * values) is left to the dropped capabilities and the engine.
 */
export function seccompProfile(): string {
  const namespaceBits = Array.from({ length: 32 }, (_, bit) => 2 ** bit).filter((flag) => (CLONE_NAMESPACES & flag) !== 0);
  return JSON.stringify({
    defaultAction: 'SCMP_ACT_ALLOW',
    architectures: ['SCMP_ARCH_X86_64'],
    syscalls: [
      { names: REFUSED, action: 'SCMP_ACT_ERRNO', errnoRet: EPERM },
      { names: ABSENT, action: 'SCMP_ACT_ERRNO', errnoRet: ENOSYS },
      ...namespaceBits.map((flag) => ({
        names: ['clone'], action: 'SCMP_ACT_ERRNO', errnoRet: EPERM,
        args: [{ index: 0, value: flag, valueTwo: flag, op: 'SCMP_CMP_MASKED_EQ' }],
      })),
      { names: ['socket'], action: 'SCMP_ACT_ERRNO', errnoRet: EPERM, args: [{ index: 0, value: AF_UNIX, valueTwo: 0, op: 'SCMP_CMP_NE' }] },
    ],
  });
}
