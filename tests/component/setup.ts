// Component tests run React in happy-dom. Testing Library cleans up between tests, and
// what screens keep between visits (the quote in progress…) is forgotten, like a fresh app.
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';
import { resetPersistentState } from '../../renderer/src/state/persistent';

// findBy* waits up to 5 s (default 1 s): a lazily loaded screen's first import is transformed
// on demand and can take longer than a second on a busy machine. It still fails on a hang.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetPersistentState();
});
