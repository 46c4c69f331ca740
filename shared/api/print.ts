// Printing. Electron opens its print dialog or writes a PDF; the web host answers
// 'unavailable' and the renderer falls back to window.print().
import { z } from 'zod';
import { channel, empty, text } from './schemas';

const savePdfSchema = z.strictObject({ fileName: text(200) });

export const printChannels = {
  'print.dialog': channel<typeof empty, { printed: boolean }>(empty),
  'print.savePdf': channel<typeof savePdfSchema, { saved: boolean; path?: string }>(savePdfSchema),
} as const;
