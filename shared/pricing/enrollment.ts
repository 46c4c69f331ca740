// The enrollment quote (spec "Enrollment quote", rules 1-6). Pure. No rounding increment
// applies here (rule 6).
import { addMonths, isValidDate } from './dates';
import { percentOf } from './money';
import type {
  Catalog,
  EnrollmentErrorCode,
  EnrollmentQuote,
  EnrollmentRequest,
  PaymentPlan,
  Program,
  SchoolFee,
} from './types';

export type EnrollmentErrorDetails = Record<string, string | number>;

export class EnrollmentError extends Error {
  readonly code: EnrollmentErrorCode;
  readonly details: EnrollmentErrorDetails;
  constructor(code: EnrollmentErrorCode, details: EnrollmentErrorDetails = {}) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = 'EnrollmentError';
    this.code = code;
    this.details = details;
  }
}

function invalid(field: string, reason: string): never {
  throw new EnrollmentError('invalid-request', { field, reason });
}

type Choice = { program: Program; fees: SchoolFee[] };

/** Checks everything of the request except the plan; returns the program and the fees
 *  that count for it (catalog order). */
function resolveChoice(catalog: Catalog, request: Omit<EnrollmentRequest, 'paymentPlanId'>): Choice {
  if (typeof request !== 'object' || request === null) invalid('', 'not-an-object');
  const { programId, optionalFeeIds = [], startDate } = request;
  if (typeof programId !== 'string') invalid('programId', 'not-text');
  if (!Array.isArray(optionalFeeIds) || !optionalFeeIds.every((f) => typeof f === 'string'))
    invalid('optionalFeeIds', 'not-a-text-list');
  if (typeof startDate !== 'string' || !isValidDate(startDate)) invalid('startDate', 'not-a-date');

  const school = catalog.school;
  const program = school?.programs.find((p) => p.id === programId);
  if (!school || !program) throw new EnrollmentError('unknown-program', { programId });
  const fits = (fee: SchoolFee) => fee.programs === undefined || fee.programs.includes(program.id);
  for (const feeId of optionalFeeIds) {
    const fee = school.fees.find((f) => f.id === feeId);
    if (!fee) throw new EnrollmentError('unknown-fee', { feeId });
    if (!fits(fee)) throw new EnrollmentError('fee-not-for-program', { feeId, programId });
  }
  // A required fee named among the chosen ones is simply counted once.
  const fees = school.fees.filter((f) => fits(f) && (!f.optional || optionalFeeIds.includes(f.id)));
  return { program, fees };
}

function quoteFor(catalog: Catalog, { program, fees }: Choice, plan: PaymentPlan, startDate: string): EnrollmentQuote {
  // Rule 1: a started year counts as a whole year.
  const years = Math.ceil(program.months / 12);
  const feeLines = fees.map((f) => ({ id: f.id, amount: f.per === 'year' ? f.amount * years : f.amount }));
  const feeTotal = feeLines.reduce((sum, f) => sum + f.amount, 0);
  const dueFees = fees.reduce((sum, f, i) => sum + (f.dueAtEnrollment ? (feeLines[i]?.amount ?? 0) : 0), 0);

  // Rules 2-3.
  const tuitionDiscount = percentOf(program.tuition, plan.tuitionDiscountPercent ?? 0);
  const payable = program.tuition - tuitionDiscount + feeTotal;
  const base = { currency: catalog.currency, tuition: program.tuition, tuitionDiscount, fees: feeLines };

  // Rule 4.
  const n = plan.installments;
  if (n === 0) return { ...base, total: payable, dueAtEnrollment: payable, schedule: [] };

  // Rule 5: the down payment can never exceed what is left after the fees due now.
  const down = Math.min(plan.downPayment ?? 0, payable - dueFees);
  const rest = payable - dueFees - down;
  // With an increment m, every payment but the last is a whole multiple of m.
  const m = plan.installmentIncrement ?? 1;
  const each = Math.floor(rest / (n * m)) * m;
  const fee = plan.installmentFee ?? 0;
  const schedule = Array.from({ length: n }, (_, i) => ({
    date: addMonths(startDate, i + 1),
    amount: (i === n - 1 ? rest - each * (n - 1) : each) + fee,
  }));
  return { ...base, total: payable + fee * n, dueAtEnrollment: dueFees + down, schedule };
}

export function computeEnrollmentQuote(catalog: Catalog, request: EnrollmentRequest): EnrollmentQuote {
  const paymentPlanId: unknown = request?.paymentPlanId;
  if (typeof paymentPlanId !== 'string') invalid('paymentPlanId', 'not-text');
  const choice = resolveChoice(catalog, request);
  const plan = catalog.school?.paymentPlans.find((p) => p.id === paymentPlanId);
  if (!plan) throw new EnrollmentError('unknown-payment-plan', { paymentPlanId });
  return quoteFor(catalog, choice, plan, request.startDate);
}

export type PlanComparison = { planId: string; quote: EnrollmentQuote };

/** The same choice under every payment plan, in catalog order, for the side-by-side view.
 *  A bad program or fee is the same for every plan, so it throws EnrollmentError once. */
export function compareEnrollmentPlans(
  catalog: Catalog,
  request: Omit<EnrollmentRequest, 'paymentPlanId'>,
): PlanComparison[] {
  const choice = resolveChoice(catalog, request);
  return (catalog.school?.paymentPlans ?? []).map((plan) => ({
    planId: plan.id,
    quote: quoteFor(catalog, choice, plan, request.startDate),
  }));
}
