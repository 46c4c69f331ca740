// What the user types or pastes as the hub's address: "192.168.0.10", "hub-pc:47820",
// "https://192.168.0.10:47820", or the pairing link of the hub's QR code
// ("https://192.168.0.10:47820/pair#fp=AB:CD:..."), which also carries the fingerprint.
import { normalizeFingerprint } from './pinning';

export const DEFAULT_HUB_PORT = 47820;

export type HubAddress = { origin: string; fingerprint: string | null };

/** null when it is not a hub address (plain http, a path elsewhere, no host). */
export function parseHubAddress(text: string): HubAddress | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  if (url.pathname !== '/' && url.pathname !== '/pair') return null;
  const port = url.port || String(DEFAULT_HUB_PORT);
  const fp = new URLSearchParams(url.hash.slice(1)).get('fp');
  return { origin: `https://${url.hostname}:${port}`, fingerprint: fp ? normalizeFingerprint(fp) : null };
}
