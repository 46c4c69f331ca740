// Printing and PDF: Electron does it in the main process (a real print dialog, printToPDF);
// the web host cannot and answers 'unavailable', so the browser's own print dialog is used
// (it offers "Save as PDF" too).
import { ApiCallError, call } from '../api/client';

function isUnavailable(error: unknown): boolean {
  return error instanceof ApiCallError && error.error.code === 'unavailable';
}

export type PrintOutcome = { printed: boolean; viaBrowser: boolean };
export type PdfOutcome = { saved: boolean; path?: string; viaBrowser: boolean };

/** Opens the print dialog for the current page (only the printable part prints). */
export async function printPage(): Promise<PrintOutcome> {
  try {
    const { printed } = await call('print.dialog', {});
    return { printed, viaBrowser: false };
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    window.print();
    return { printed: true, viaBrowser: true };
  }
}

/** Saves the printable part as a PDF; `fileName` is the suggested name in the save dialog. */
export async function savePdf(fileName: string): Promise<PdfOutcome> {
  try {
    const result = await call('print.savePdf', { fileName });
    return { ...result, viaBrowser: false };
  } catch (error) {
    if (!isUnavailable(error)) throw error;
    window.print();
    return { saved: false, viaBrowser: true };
  }
}
