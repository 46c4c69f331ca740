// The call log: saving quotes given on the phone, finding them again, exporting them.
export { saveCall, getCall, updateCall, snapshotFor } from './save';
export { searchCalls, CALL_COUNT_CAP } from './search';
export type { CallSearchResult } from './search';
export { callsByPhone } from './by-phone';
export { exportCallsCsv } from './csv';
