// Writes a file whole or not at all: to a temporary name beside it, then renamed over it, so a
// failure (a full disk, an interrupted run) never leaves a half-written file for a teacher to open.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function writeFileAtomically(file: string, bytes: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.part`;
  try {
    writeFileSync(temporary, bytes);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
