// Live lists: a screen names the domains it shows and how to reload them; it reloads after a
// write anywhere on the hub (another desk, a tablet, this window) and when the hub is back
// after being unreachable (events may have been missed meanwhile).
import { useEffect, useRef } from 'react';
import { HUB_REACHABILITY, type Domain } from '../../../shared/api/changes';
import { onChanged } from './client';

export function useChanged(domains: readonly Domain[], reload: () => void): void {
  const latest = useRef(reload);
  latest.current = reload;
  const key = domains.join(' ');
  useEffect(() => {
    const wanted = new Set<string>([...key.split(' '), HUB_REACHABILITY]);
    return onChanged((change) => {
      if (change.domains.some((domain) => wanted.has(domain))) latest.current();
    });
  }, [key]);
}
