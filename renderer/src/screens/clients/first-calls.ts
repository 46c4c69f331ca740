// How many of a client's calls their page holds. Its own module: the bench reads it without
// the page's code.

/** The newest calls a client page shows when it opens; the older ones on request. A regular's
 *  page opens at once and its sections (intake, prescriptions, coverage) stay near the top
 *  (docs/clients-decisions.md). */
export const FIRST_CALLS = 20;

/** The most a page holds once the older calls are asked for (the Calls tab has the rest). */
export const CALLS_ON_PAGE = 200;
