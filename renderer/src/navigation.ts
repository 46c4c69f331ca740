// Lets a screen open another (e.g. the quote screen's "follow-ups due" opens Calls).
import type { ScreenId } from './screens/registry';

type Listener = (id: ScreenId) => void;
const listeners = new Set<Listener>();

export const navigationEvents = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  open(id: ScreenId): void {
    for (const listener of listeners) listener(id);
  },
};
