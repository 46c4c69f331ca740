// The first screen's answers, written into the page the host serves (shared/api/first-answers.ts).
// Each is the core's own answer to the same call with no input, for the same caller, so a
// role that may not read the catalog gets the same refusal it would get by asking.
import type { FrontDesk } from '../app/front-desk';
import { FIRST_ANSWER_CHANNELS, FIRST_ANSWERS_ELEMENT_ID } from '../../shared/api/first-answers';
import type { Caller } from '../../shared/api/roles';

export async function firstAnswersElement(frontDesk: FrontDesk, caller?: Caller): Promise<string> {
  const answers = await Promise.all(FIRST_ANSWER_CHANNELS.map((channel) => frontDesk.handle(channel, {}, caller)));
  const data = Object.fromEntries(FIRST_ANSWER_CHANNELS.map((channel, i) => [channel, answers[i]]));
  // Every "<" escaped: no text in the data (a business name, a service's name) can close the
  // element or open a comment; JSON.parse reads \u003c back as "<".
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${FIRST_ANSWERS_ELEMENT_ID}">${json}</script>`;
}
