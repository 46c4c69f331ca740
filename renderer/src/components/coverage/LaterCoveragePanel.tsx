// The coverage panel as the quote screen shows it: loaded after the screen is usable, with
// its words, the coverage and prescription rules and the diagnosis list (none of which the
// first keystroke needs). Its chunk and its namespace are fetched together, not one after
// the other; until both are here the panel is simply not there yet.
import { lazy, memo, Suspense } from 'react';
import { i18n } from '../../i18n';
import type { CoveragePanel as Panel } from './CoveragePanel';

const CoveragePanel = lazy(() =>
  Promise.all([import('./CoveragePanel'), i18n.loadNamespaces('coverage')]).then(([module]) => ({ default: module.CoveragePanel })),
);

export const LaterCoveragePanel = memo(function LaterCoveragePanel(props: Parameters<typeof Panel>[0]) {
  return (
    <Suspense fallback={null}>
      <CoveragePanel {...props} />
    </Suspense>
  );
});
