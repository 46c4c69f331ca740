// A prescription's stored scan opened in the system's viewer (Electron host). The app's
// window never shows a PDF: its CSP allows no <object>/<iframe> of a document, and a PDF can
// carry scripts and forms. So the bytes are written to a private temp file whose extension
// comes from the bytes themselves (.pdf, .jpg or .png: never anything the system would run)
// and handed to the viewer the user has for that type, where it can be read and printed.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shell } from 'electron';
import { ApiFailure } from '../../shared/api/result';
import { scanTypeOf, type ScanType } from '../../shared/scans';
import type { HandlerMap } from '../app/types';
import { prescriptionScan } from '../services/prescriptions';

const EXTENSION: Record<ScanType, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** The name this module gives a copy; nothing else in the folder is ever removed. */
const COPY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(pdf|jpg|png)$/;

/** Removes the copies an earlier run left (health data does not pile up in the temp folder;
 *  the viewer of a previous run has its copy open or is gone). Only files named as this
 *  module names them: a folder given by mistake (the data folder) loses nothing. */
function removeOldCopies(folder: string): void {
  // Best effort: no folder yet, or a copy a viewer still holds open (Windows refuses to remove
  // it), must not stop the app from starting; that copy goes at a later start.
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!COPY.test(name)) continue;
    try {
      rmSync(join(folder, name), { force: true });
    } catch {
      // kept for a later start
    }
  }
}

/** `folder`: where the opened copies go (the system's temp folder; tests give their own). */
export function electronScanHandlers(folder = join(tmpdir(), 'front-desk-scans')): HandlerMap<'print.openScan'> {
  removeOldCopies(folder);
  return {
    'print.openScan': async ({ prescriptionId }, { db, info }) => {
      const bytes = Buffer.from(prescriptionScan(db, info.dataDir, prescriptionId).data, 'base64');
      const type = scanTypeOf(bytes);
      if (!type) throw new ApiFailure('invalid-input', { issues: [{ path: 'scan', message: 'scan-type-mismatch' }] });
      mkdirSync(folder, { recursive: true, mode: 0o700 });
      const file = join(folder, `${randomUUID()}.${EXTENSION[type]}`);
      writeFileSync(file, bytes, { flag: 'wx', mode: 0o600 });
      // openPath answers '' on success, else the system's reason (which names no health data).
      const problem = await shell.openPath(file);
      if (problem) throw new ApiFailure('unavailable', { reason: 'no-viewer' });
      return { opened: true };
    },
  };
}
