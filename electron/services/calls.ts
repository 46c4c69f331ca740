// The call log: saving quotes given on the phone, finding them again, exporting them.
export { saveCall, getCall, updateCall, snapshotFor } from './calls/save';
export { searchCalls, CALL_COUNT_CAP } from './calls/search';
export type { CallSearchResult } from './calls/search';
export { callsByPhone } from './calls/by-phone';
export { exportCallsCsv } from './calls/csv';
export { seedManyCalls } from './calls/seed';
