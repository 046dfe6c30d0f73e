import { MAX_BOX_FILE_NAME_BYTES } from '../sandbox/sandbox.ts';

/**
 * The names every sandbox driver takes for box files (`assertBoxFileName`, which throws: a name
 * it refuses is the grader's bug), asked beforehand so a language can answer a compilation error.
 * Also well-formed UTF-16, so the name on disk is the name javac was told.
 */
export function isBoxFileName(name: string): boolean {
  return name.length > 0 && name.isWellFormed() && !/[/\0]/.test(name) && !name.startsWith('.') && Buffer.byteLength(name) <= MAX_BOX_FILE_NAME_BYTES;
}
