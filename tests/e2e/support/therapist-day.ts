// A morning at the clinic as the desk leaves it for the therapist: 김민지 called today (so
// she is today's client), signed her intake with a flag and a body map mark, and brought a
// left-ankle prescription. Made through the hub's core, before the tablet opens the page.
import type { FrontDesk } from '../../../electron/app/front-desk';
import { localDate } from '../../../shared/local-date';
import { answeredForm, signInput } from '../../support/intake';

export const TODAYS_CLIENT = '김민지';

/** `frontDesk`: the hub's core, or anything that runs a channel at the hub as its own user. */
export async function therapistDay(frontDesk: Pick<FrontDesk, 'handle'>): Promise<{ clientId: number }> {
  const must = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; error: unknown }>): Promise<T> => {
    const r = await result;
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value;
  };
  const call = await must(
    frontDesk.handle('calls.save', {
      kind: 'session',
      quoteLang: 'ko',
      outcome: 'booked',
      caller: { name: TODAYS_CLIENT, phone: '010-1234-5678' },
      request: { items: [{ serviceId: 'aroma', minutes: 90 }] },
    }),
  );
  const clientId = call.clientId!;
  const answers = answeredForm((a) => {
    a.health.medications = { answer: 'yes', details: '와파린' };
    a.health.bloodThinners = 'yes';
    a.bodyMap = [{ region: 'neck', pain: 6, note: '' }];
  });
  await must(frontDesk.handle('intake.sign', signInput(clientId, answers)));
  const now = new Date();
  await must(
    frontDesk.handle('prescriptions.create', {
      clientId,
      issuedOn: localDate(new Date(now.getFullYear(), now.getMonth(), now.getDate() - 7)),
      prescriber: { name: '김정민' },
      diagnoses: [{ code: 'S93.4', text: '발목 염좌' }],
      areas: [{ region: 'ankle', side: 'left' }],
      sessions: 5,
    }),
  );
  return { clientId };
}
