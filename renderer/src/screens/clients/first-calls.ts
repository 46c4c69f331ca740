/** The newest calls a client page shows when it opens; the older ones on request. A regular's
 *  page opens at once and its sections (intake, prescriptions, coverage) stay near the top
 *  (docs/clients-decisions.md). Its own module: the bench reads it without the page's code. */
export const FIRST_CALLS = 20;
