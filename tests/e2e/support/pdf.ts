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
