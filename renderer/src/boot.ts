// Start-up: the first screen's data is asked for before anything else of the app is
// evaluated (main.tsx imports this module first, so its requests leave while the rest of
// the first chunk is still being evaluated). The catalog may fail (a storage fault answers
// 'storage' without touching the file): then the problem page shows.
import { call } from './api/client';

const settings = call('settings.get', {});

export const firstData = {
  info: call('app.info', {}),
  // Who is using this page: a therapist's tablet gets the therapist's view and nothing else;
  // a therapist may not read the catalog, so that call's refusal is expected.
  session: call('app.session', {}),
  settings,
  catalog: call('catalog.get', {}).catch(() => null),
};
