// Real filesystem faults for the storage tests. As root (the CI container) a small tmpfs is
// mounted: filled up for "disk full", remounted read-only for "read-only folder". As
// another user the read-only folder is made with chmod (which root ignores), and the
// full-disk test is skipped (it needs a mount).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const isRoot = process.getuid?.() === 0;

let mounted: string | null = null;

/** Runs `test` in a fresh folder: a tmpfs of `bytes` when root, a temp folder otherwise. */
export async function withMount(bytes: number, test: (dir: string) => Promise<void>): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'front-desk-fs-'));
  if (isRoot) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]);
    mounted = dir;
  }
  try {
    await test(path.join(dir, 'data'));
  } finally {
    if (isRoot) {
      execFileSync('umount', [dir]);
      mounted = null;
    } else {
      execFileSync('chmod', ['-R', 'u+w', dir]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Leaves almost no free space on the mount holding `dir`. */
export function fillDisk(dir: string): void {
  const filler = path.join(dir, '..', 'filler');
  const chunk = Buffer.alloc(64 * 1024, 1);
  const fd = fs.openSync(filler, 'w');
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    fs.closeSync(fd);
  }
}

export function makeReadOnly(dir: string): void {
  if (isRoot && mounted) execFileSync('mount', ['-o', 'remount,ro', mounted]);
  else execFileSync('chmod', ['-R', 'a-w', dir]);
}
