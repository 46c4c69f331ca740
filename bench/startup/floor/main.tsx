// The start-up floor: a blank React page whose only content is one focused text box, built
// with the app's Vite config and served by the same web host. The fastest a React page can
// be usable here; the app's start-up is measured against it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <input type="text" aria-label="floor" autoFocus />
  </StrictMode>,
);
