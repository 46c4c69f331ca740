// Accessibility check for end-to-end tests: axe-core injected into the page, WCAG 2.1 A and
// AA rules. Use it on every screen (and every state worth checking) a test reaches:
//   await expectAccessible(page, 'quote screen, service picked');
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string; summary: string }[] };

/** The violations axe finds in the page as it is now (the whole document). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (no inline scripts) allows.
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axeSource);
  return (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(WCAG_21_AA)} }, resultTypes: ['violations'] })
    .then((r) => r.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    })))`)) as AxeViolation[];
}

/** One line per failing node, readable in a test failure. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target}: ${n.summary.replace(/\s+/g, ' ')}`));
}

/** Fails with every violation listed, naming `where` (e.g. "price list, services, en"). */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Wait for the screen's own transitions (e.g. a dialog opening) to settle.
  await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
  expect(describeViolations(await axeViolations(page)), where).toEqual([]);
}
