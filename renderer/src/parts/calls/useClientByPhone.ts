// The active client with the number being typed (after a pause), or null; 'unknown' while
// the number is not a valid one yet (nothing to look up) or its check (phones.check, asked
// by the form as it is typed) is still on its way.
import { useEffect, useState } from 'react';
import type { Client } from '../../../../shared/api/clients';
import { call } from '../../api/client';
import type { PhoneCheckState } from '../phone-check';

const DEBOUNCE_MS = 250;

export type PhoneClient = { kind: 'unknown' } | { kind: 'new'; e164: string } | { kind: 'known'; e164: string; client: Client };

export function useClientByPhone(check: PhoneCheckState): PhoneClient {
  const e164 = check.kind === 'valid' ? check.e164 : null;
  const [found, setFound] = useState<{ e164: string; client: Client | null } | null>(null);

  useEffect(() => {
    if (!e164) return;
    let live = true;
    const timer = setTimeout(() => {
      call('clients.byPhone', { phone: e164 }).then(
        (client) => live && setFound({ e164, client }),
        () => live && setFound(null), // a failed lookup only hides the hint; saving still works
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [e164]);

  if (!e164 || !found || found.e164 !== e164) return { kind: 'unknown' };
  return found.client ? { kind: 'known', e164, client: found.client } : { kind: 'new', e164 };
}
