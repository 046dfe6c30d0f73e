import { hash, verify, type Algorithm } from '@node-rs/argon2';

// The package types Algorithm as a const enum, which type stripping cannot inline.
const ARGON2ID: Algorithm.Argon2id = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~20 ms a hash on these machines.
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as a real verification, so "no such user" and "wrong password"
 * cannot be told apart by timing.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('not-a-real-password-but-same-cost');
  await verify(await dummyHash, password);
  return false;
}
