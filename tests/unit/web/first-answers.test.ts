// The page's first answers when the core cannot give them: the page goes without (the
// renderer then asks, and says so if it cannot), never held back or turned into an error.
import { describe, expect, it } from 'vitest';
import type { FrontDesk } from '../../../electron/app/front-desk';
import { afterHead, atBodyEnd, firstAnswersElement } from '../../../electron/web/first-answers';

const core = (handle: () => Promise<unknown>) => ({ handle }) as unknown as FrontDesk;

describe('first answers', () => {
  it('are left out when the core (a hub, for a connected desk) does not answer in time', async () => {
    // A core that never answers: without the deadline this test would never end.
    expect(await firstAnswersElement(core(() => new Promise(() => undefined)), undefined, 30)).toBe('');
  });

  it('are left out when the core throws', async () => {
    expect(await firstAnswersElement(core(() => Promise.reject(new Error('host fault'))))).toBe('');
  });

  it('are written at the end of <body>, after the scripts the page names in <head>, whatever "$" patterns the text holds', () => {
    const page = '<html><head><script type="module" src="a.js"></script></head><body><div id="root"></div></body></html>';
    const written = atBodyEnd(page, "<script type=\"application/json\">$' $& $` $$</script>");
    expect(written).toBe(
      '<html><head><script type="module" src="a.js"></script></head><body><div id="root"></div>  ' +
        "<script type=\"application/json\">$' $& $` $$</script>\n  </body></html>",
    );
    expect(atBodyEnd(page, '')).toBe(page);
  });

  it('tags are written after <head> whatever "$" patterns the text holds', () => {
    expect(afterHead('<html><head><title>t</title></head></html>', "<x>$' $& $` $$</x>")).toBe(
      "<html><head>\n    <x>$' $& $` $$</x><title>t</title></head></html>",
    );
  });
});
