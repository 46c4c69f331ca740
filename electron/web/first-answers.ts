// The first screen's answers, written into the page the host serves (shared/api/first-answers.ts).
// Each is the core's own answer to the same call with no input, for the same caller, so a
// role that may not read the catalog gets the same refusal it would get by asking.
import type { FrontDesk } from '../app/front-desk';
import { FIRST_ANSWER_CHANNELS, FIRST_ANSWERS_ELEMENT_ID } from '../../shared/api/first-answers';
import type { Caller } from '../../shared/api/roles';

/** A desk connected to a hub answers through the hub: a hub slow to answer must not hold the
 *  page back. Past this, the page goes without, and the renderer asks (and says if it cannot). */
const WAIT_MS = 1000;

/** The element, or '' (none written: the renderer asks) when an answer fails to come. */
export async function firstAnswersElement(frontDesk: FrontDesk, caller?: Caller, waitMs = WAIT_MS): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), waitMs)));
  try {
    const answers = await Promise.race([Promise.all(FIRST_ANSWER_CHANNELS.map((channel) => frontDesk.handle(channel, {}, caller))), late]);
    if (!answers) return '';
    const data = Object.fromEntries(FIRST_ANSWER_CHANNELS.map((channel, i) => [channel, answers[i]]));
    // Every "<" escaped: no text in the data (a business name, a service's name) can close the
    // element or open a comment; JSON.parse reads \u003c back as "<".
    const json = JSON.stringify(data).replace(/</g, '\\u003c');
    return `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${json}</script>`;
  } catch {
    return ''; // the core answers failures as results; a throw here is a host fault: the renderer asks
  } finally {
    clearTimeout(timer);
  }
}

/** `html` with the answers' element at the end of its <body>: the page's scripts and
 *  preloads, in <head>, are found in its first bytes and requested while the rest (500
 *  services' worth of text) arrives and is parsed. Module scripts run after the whole page
 *  was parsed, so the element is there when boot.ts looks for it. */
export function atBodyEnd(html: string, element: string): string {
  if (element === '') return html;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + element : `${html.slice(0, end)}  ${element}\n  ${html.slice(end)}`;
}

/** `html` with `tags` after its <head>. A function as the replacement: a replacement string
 *  would read "$'", "$&" or "$$" in stored text as patterns and change the page. */
export function afterHead(html: string, tags: string): string {
  return html.replace('<head>', () => `<head>\n    ${tags}`);
}
