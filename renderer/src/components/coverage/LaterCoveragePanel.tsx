// The coverage panel as the quote screen shows it: after the screen is usable and painted,
// with its words, the coverage and prescription rules and the diagnosis list (none of which
// the first keystroke needs). Its chunk and its namespace are fetched together, not one
// after the other, and only once the screen's first frame is out, so they do not compete
// with it; until they are here the panel is simply not there yet.
import { lazy, memo, Suspense, useEffect, useState } from 'react';
import { i18n } from '../../i18n';
import type { CoveragePanel as Panel } from './CoveragePanel';

const CoveragePanel = lazy(() =>
  Promise.all([import('./CoveragePanel'), i18n.loadNamespaces('coverage')]).then(([module]) => ({ default: module.CoveragePanel })),
);

export const LaterCoveragePanel = memo(function LaterCoveragePanel(props: Parameters<typeof Panel>[0]) {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // The frame after the one that shows the screen.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setPainted(true));
    });
    return () => cancelAnimationFrame(frame);
  }, []);
  if (!painted) return null;
  return (
    <Suspense fallback={null}>
      <CoveragePanel {...props} />
    </Suspense>
  );
});
