// A printable page: hidden on screen (unless previewed), the only thing printed. The paper
// size comes from Settings. The CSP allows no inline <style>, so the @page rule goes in a
// constructed stylesheet adopted by the document while the page is mounted.
import { useEffect, type ReactNode } from 'react';
import type { Lang } from '../../../shared/pricing/types';
import type { PaperSize } from '../../../shared/api/types';
import { useAppData } from '../app-data';
import './printable.css';

const pageSize: Record<PaperSize, string> = { A4: 'A4', Letter: 'letter' };

/** The @page rule for a paper size (exported for tests). */
export function pageRule(paper: PaperSize): string {
  return `@page { size: ${pageSize[paper]}; margin: 15mm; }`;
}

function usePageSize(paper: PaperSize): void {
  useEffect(() => {
    // Older engines (and some test DOMs) lack constructed stylesheets: print still works,
    // on the printer's default paper.
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(pageRule(paper));
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [paper]);
}

export function PrintablePage(props: {
  /** Accessible name of the page region, e.g. "Printable quote". */
  label: string;
  /** The language the page is written in (may differ from the UI's). */
  lang: Lang;
  /** Show it on screen as well (a preview); it always prints. */
  preview?: boolean;
  children: ReactNode;
}) {
  const { settings } = useAppData();
  usePageSize(settings.paperSize);
  return (
    <article
      aria-label={props.label}
      lang={props.lang}
      data-printable=""
      data-paper={settings.paperSize}
      className={`printable-page paper-${settings.paperSize.toLowerCase()} ${props.preview ? 'print-preview' : 'print-only'}`}
    >
      {props.children}
    </article>
  );
}
