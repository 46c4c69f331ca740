// Entry of pair.html (served by the hub's LAN listener to a browser that is not paired).
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../../../shared/vocabulary';
import { initI18n } from '../i18n';
import { fingerprintFromHash, PairPage } from './PairPage';
import './pair.css';

const startLanguage: Lang = /^ko\b/i.test(navigator.language) ? 'ko' : 'en';

async function start() {
  const i18n = await initI18n(startLanguage, ['network']);
  const root = createRoot(document.getElementById('root')!);
  const render = () => {
    document.documentElement.lang = i18n.language;
    root.render(
      <StrictMode>
        <Suspense fallback={null}>
          <PairPage
            fingerprint={fingerprintFromHash(location.hash)}
            onLanguage={(lang) => void i18n.changeLanguage(lang).then(render)}
            // The cookie is set: the hub now answers "/" with the app.
            onPaired={() => location.replace('/')}
          />
        </Suspense>
      </StrictMode>,
    );
  };
  render();
}

void start();
