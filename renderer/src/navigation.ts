// Lets a screen open another (e.g. the quote screen's "follow-ups due" opens Calls), with
// options for the screen it opens (e.g. the calls list already filtered).
import { createContext, useContext } from 'react';
import type { Lang, QuoteRequest } from '../../shared/pricing/types';

/** The frame's screens, in navigation order (the registry maps each to its component). */
export type ScreenId = 'quote' | 'school' | 'intake' | 'calls' | 'catalog' | 'settings';

/** What the opened screen starts with; empty when a screen is opened from the frame. */
export type NavigationOptions = {
  /** The Calls tab's filter: only the calls whose follow-up is due. */
  callsFilter?: { followUpDue?: boolean };
  /** F4 opens on this tab (the Calls tab when a calls filter is given). */
  tab?: 'clients' | 'calls';
  /** F4 opens this client's page; F3 opens with this client picked. */
  clientId?: number;
  /** The quote screen starts from a saved quote's services, for this caller. */
  quoteAgain?: { request: QuoteRequest; caller: { name: string; phone: string }; lang: Lang };
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
