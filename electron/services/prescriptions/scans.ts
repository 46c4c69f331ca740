// The scan or photo of the paper prescription, kept as a file in the data folder's scans/
// (not in the database: it may be 10 MB). The type is checked from the bytes, not trusted.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCAN_MAX_BYTES, type ScanType } from '../../../shared/api/prescriptions';
import { ApiFailure } from '../../../shared/api/result';
import { scanTypeOf } from '../../../shared/scans';

const EXTENSION: Record<ScanType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

export const scanFolder = (dataDir: string) => join(dataDir, 'scans');

/** Checks and writes the file; returns its name and size. The caller removes it again if
 *  the database write fails. */
export function writeScan(dataDir: string, type: ScanType, base64: string): { file: string; bytes: number } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0 || bytes.length > SCAN_MAX_BYTES) {
    throw new ApiFailure('invalid-input', { issues: [{ path: 'scan.data', message: 'scan-too-large' }], maxBytes: SCAN_MAX_BYTES });
  }
  if (scanTypeOf(bytes) !== type) throw new ApiFailure('invalid-input', { issues: [{ path: 'scan.type', message: 'scan-type-mismatch' }] });
  mkdirSync(scanFolder(dataDir), { recursive: true });
  const file = `${randomUUID()}.${EXTENSION[type]}`;
  writeFileSync(join(scanFolder(dataDir), file), bytes, { flag: 'wx' });
  return { file, bytes: bytes.length };
}

export function readScan(dataDir: string, file: string): string {
  return readFileSync(join(scanFolder(dataDir), file)).toString('base64');
}

export function removeScan(dataDir: string, file: string): void {
  rmSync(join(scanFolder(dataDir), file), { force: true });
}
