// Reads a PDF the way a person would check a printout: its text (pdftotext) and its page
// size (pdfinfo), both from Debian's poppler-utils.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function readPdf(pdf: Buffer): { text: string; flatText: string; pageSize: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-pdf-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    return {
      text,
      flatText: text.replace(/\s+/g, ' '),
      pageSize: /Page size:\s+(.+)/.exec(info)?.[1]?.trim() ?? '',
      pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page (pdftotext page by page). */
export function pageTexts(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-pdf-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 0);
    return Array.from({ length: pages }, (_, i) =>
      execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One page rendered by pdftoppm, as RGB pixels (the binary PPM it writes by default). */
export function renderPage(pdf: Buffer, page: number, dpi = 100): { width: number; height: number; rgb: Buffer; png: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-pdf-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    const args = ['-f', String(page), '-l', String(page), '-r', String(dpi), file];
    const ppm = execFileSync('pdftoppm', args, { maxBuffer: 256 * 1024 * 1024 });
    const png = execFileSync('pdftoppm', ['-png', ...args], { maxBuffer: 256 * 1024 * 1024 });
    // P6 <width> <height> <maxval> then the bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PPM');
    return { width: Number(header[1]), height: Number(header[2]), rgb: ppm.subarray(header[0].length), png };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pixels whose colour passes `test` (e.g. the red of a marked body-map area). */
export function countPixels(image: { rgb: Buffer }, test: (r: number, g: number, b: number) => boolean): number {
  let n = 0;
  for (let i = 0; i + 2 < image.rgb.length; i += 3) if (test(image.rgb[i]!, image.rgb[i + 1]!, image.rgb[i + 2]!)) n++;
  return n;
}

/** The fonts embedded in the PDF (pdffonts): Korean text must come with a Korean font. */
export function pdfFonts(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'front-desk-pdf-'));
  try {
    const file = join(dir, 'out.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdffonts', [file], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
