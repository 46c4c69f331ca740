// Lets a screen open another (e.g. the quote screen's "follow-ups due" opens Calls), with
// options for the screen it opens (e.g. the calls list already filtered).
import { createContext, useContext } from 'react';

/** The frame's screens, in navigation order (the registry maps each to its component). */
export type ScreenId = 'quote' | 'school' | 'intake' | 'calls' | 'catalog' | 'settings';

/** What the opened screen starts with; empty when a screen is opened from the frame. */
export type NavigationOptions = {
  /** The Calls screen's filter: only the calls whose follow-up is due. */
  callsFilter?: { followUpDue?: boolean };
};

type Listener = (id: ScreenId, options: NavigationOptions) => void;
const listeners = new Set<Listener>();

export const navigationEvents = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  open(id: ScreenId, options: NavigationOptions = {}): void {
    for (const listener of listeners) listener(id, options);
  },
};

/** The frame provides the options the current screen was opened with. */
export const NavigationOptionsContext = createContext<NavigationOptions>({});

export function useNavigationOptions(): NavigationOptions {
  return useContext(NavigationOptionsContext);
}
