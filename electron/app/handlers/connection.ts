import { ApiFailure } from '../../../shared/api/result';
import type { HandlerMap } from '../types';

/** Connecting replaces the core itself, so the host's connectable core answers these
 *  (electron/app/connectable.ts) before a core sees them; a bare core says it cannot. */
export const connectionHandlers: HandlerMap<'connection.connect' | 'connection.disconnect' | 'connection.moveHub'> = {
  'connection.connect': () => {
    throw new ApiFailure('unavailable');
  },
  'connection.disconnect': () => {
    throw new ApiFailure('unavailable');
  },
  'connection.moveHub': () => {
    throw new ApiFailure('unavailable');
  },
};
