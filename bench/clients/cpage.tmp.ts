// A/B: client page openings, builds alternated. DIRS="a b" COUNTS="200 20" N=15 R=3
import seedFile from '../../resources/seed-catalog.json';
import { parseCatalog } from '../../shared/pricing';
import { AFTER_NEXT_FRAME } from '../ui/probe';
import { chromiumPath, openSession } from '../ui/session';
import { cleanup } from '../tmp';
import type { FrontDesk } from '../../electron/app/front-desk';
const PHONE = '010-4242-1717';
async function calls(frontDesk: FrontDesk) {
  for (let i = 0; i < 200; i++) {
    const saved = await frontDesk.handle('calls.save', { kind: 'session', caller: { name: '한가람', phone: PHONE }, quoteLang: 'ko', outcome: i % 3 === 0 ? 'booked' : 'thinking',
      request: { items: [{ serviceId: i % 2 ? 'aroma' : 'swedish', minutes: 90, persons: 1 + (i % 2) }], sessions: 1 + (i % 5) }, note: i % 4 === 0 ? '주차 문의' : '' });
    if (!saved.ok) throw new Error('save');
  }
}
const script = (count: number) => `new Promise((resolve, reject) => {
  const button = document.querySelector('button.open-client');
  const start = performance.now();
  const observer = new MutationObserver(() => {
    if (document.querySelectorAll('.client-page table.call-list tbody tr').length >= ${count}) {
      observer.disconnect(); const dom = performance.now() - start;
      (${AFTER_NEXT_FRAME})(() => resolve({ dom, painted: performance.now() - start }));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true });
  button.click();
})`;
const pct = (a: number[], p: number) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!; };
async function main() {
  const dirs = process.env.DIRS!.split(' '), counts = process.env.COUNTS!.split(' ').map(Number);
  const sessions = [];
  for (const d of dirs) {
    const { page } = await openSession({ catalog: parseCatalog(seedFile), rendererDir: d, executablePath: chromiumPath()!, prepare: calls });
    await page.keyboard.press('F4'); await page.getByRole('searchbox', { name: '고객 검색' }).fill('1717');
    sessions.push(page);
  }
  const res = dirs.map(() => ({ dom: [] as number[], painted: [] as number[] }));
  const R = Number(process.env.R ?? 3), N = Number(process.env.N ?? 15);
  for (let r = 0; r < R; r++) for (let k = 0; k < dirs.length; k++) {
    const page = sessions[k]!;
    for (let i = 0; i < N + (r === 0 ? 2 : 0); i++) {
      await page.locator('button.open-client').first().waitFor();
      const ms = (await page.evaluate(script(counts[k]!))) as { dom: number; painted: number };
      if (r > 0 || i >= 2) { res[k]!.dom.push(ms.dom); res[k]!.painted.push(ms.painted); }
      await page.getByRole('button', { name: '목록으로 돌아가기' }).click();
    }
  }
  dirs.forEach((d, k) => console.log(d, 'dom p50/p95', pct(res[k]!.dom, .5).toFixed(1), pct(res[k]!.dom, .95).toFixed(1), 'painted', pct(res[k]!.painted, .5).toFixed(1), pct(res[k]!.painted, .95).toFixed(1)));
}
main().finally(cleanup);
