/**
 * Every sandbox driver takes these names for box files: one path component, not hidden, no NUL,
 * and short enough for the docker driver's ustar headers (100 bytes of UTF-8).
 */
export const BOX_FILE_NAME_MAX_BYTES = 100;

export function isBoxFileName(name: string): boolean {
  return name.length > 0 && name.isWellFormed() && !/[/\0]/.test(name) && !name.startsWith('.') && Buffer.byteLength(name) <= BOX_FILE_NAME_MAX_BYTES;
}
