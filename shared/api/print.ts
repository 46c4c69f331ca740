// Printing. Electron opens its print dialog or writes a PDF; the web host answers
// 'unavailable' and the renderer falls back to window.print().
import { z } from 'zod';
import { channel, empty, rowId, text } from './schemas';

const savePdfSchema = z.strictObject({ fileName: text(200) });
const openScanSchema = z.strictObject({ prescriptionId: rowId });

export const printChannels = {
  'print.dialog': channel<typeof empty, { printed: boolean }>(empty),
  'print.savePdf': channel<typeof savePdfSchema, { saved: boolean; path?: string }>(savePdfSchema),
  /** Opens a prescription's stored scan in the system's viewer for its type (a PDF viewer),
   *  where it can be read and printed. Electron only; the web host answers 'unavailable'. */
  'print.openScan': channel<typeof openScanSchema, { opened: boolean }>(openScanSchema),
} as const;
