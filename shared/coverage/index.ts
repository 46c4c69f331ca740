// The coverage rules' public face (../shared/specs/prescriptions-and-coverage.md): the
// plan's rules, the plan year and "will my plan cover it?".
export * from './types';
export { CoverageError } from './errors';
export type { CoverageErrorCode } from './errors';
export { AMOUNT_FIELDS, LIMIT_FIELDS, parseYearStart, planRules, validatePlan } from './plan';
export type { PlanRules } from './plan';
export { planYear } from './year';
export { checkCoverage } from './check';
export { planFromRecord } from './record';
export type { StoredPlanRules } from './record';
