// Printing for the Electron host: the system print dialog, and PDF export with printToPDF.
import { writeFile } from 'node:fs/promises';
import { dialog, type BrowserWindow } from 'electron';
import { ApiFailure } from '../../shared/api/result';
import type { HandlerMap } from '../app/types';
import { getSettings } from '../services/settings';

export function electronPrintHandlers(
  getWindow: () => BrowserWindow | null,
): HandlerMap<'print.dialog' | 'print.savePdf'> {
  const windowOrFail = () => {
    const window = getWindow();
    if (!window) throw new ApiFailure('unavailable');
    return window;
  };
  return {
    'print.dialog': (_input, { db }) => {
      const window = windowOrFail();
      const pageSize = getSettings(db).paperSize;
      return new Promise((resolve) => {
        window.webContents.print({ silent: false, printBackground: true, pageSize }, (printed) =>
          resolve({ printed }),
        );
      });
    },
    'print.savePdf': async ({ fileName }, { db }) => {
      const window = windowOrFail();
      const choice = await dialog.showSaveDialog(window, {
        defaultPath: fileName.endsWith('.pdf') ? fileName : `${fileName}.pdf`,
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return { saved: false };
      const pdf = await window.webContents.printToPDF({
        pageSize: getSettings(db).paperSize,
        printBackground: true,
        preferCSSPageSize: true,
      });
      await writeFile(choice.filePath, pdf);
      return { saved: true, path: choice.filePath };
    },
  };
}
