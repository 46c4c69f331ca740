// A saved call's enrollment as the breakdown's view: names and terms from its snapshot,
// never from today's price list.
import { snapshotName, type SavedEnrollmentQuote } from '../../../../shared/api/types';
import type { EnrollmentView } from './breakdown';

export function savedEnrollmentView(saved: SavedEnrollmentQuote): EnrollmentView {
  const { request, quote, names, terms } = saved;
  const name = (kind: 'program' | 'plan' | 'fee', id: string) => snapshotName(names, kind, id) ?? { ko: id, en: id };
  return {
    program: { name: name('program', request.programId), ...(terms ? { months: terms.programMonths } : {}) },
    plan: {
      id: request.paymentPlanId,
      name: name('plan', request.paymentPlanId),
      ...(terms?.installmentFee ? { installmentFee: terms.installmentFee } : {}),
    },
    fees: quote.fees.map((line) => {
      const term = terms?.fees.find((f) => f.id === line.id);
      return { id: line.id, name: name('fee', line.id), ...(term ? { per: term.per, amount: term.amount } : {}) };
    }),
    quote,
    startDate: request.startDate,
  };
}
