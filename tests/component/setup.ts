// Component tests run React in happy-dom. Testing Library cleans up between tests, and
// what screens keep between visits (the quote in progress…) is forgotten, like a fresh app.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { resetPersistentState } from '../../renderer/src/state/persistent';

afterEach(() => {
  cleanup();
  resetPersistentState();
});
