// Certificate pinning for connect mode, in Node (the Electron main process and the web host
// both reach the hub through this code, so neither needs Electron's certificate hook).
// Trust is exactly one certificate: the clinic CA whose SHA-256 fingerprint was pinned at
// pairing. The system's CA list is not used, so a valid public certificate is refused too.
import { X509Certificate, createHash } from 'node:crypto';
import https from 'node:https';
import tls, { type PeerCertificate } from 'node:tls';

/** "ab cd:EF..." or 64 hex digits -> "AB:CD:EF:..." (the hub's form); null if not SHA-256. */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

export function fingerprintOfDer(der: Buffer): string {
  return normalizeFingerprint(createHash('sha256').update(der).digest('hex'))!;
}

/** The fingerprint of a PEM certificate; throws if it is not one. */
export function fingerprintOfPem(pem: string): string {
  return fingerprintOfDer(new X509Certificate(pem).raw);
}

/** A certificate file as served by the hub (PEM or DER) -> PEM; throws if it is neither. */
export function certificateToPem(body: Buffer): string {
  const text = body.toString('latin1');
  return text.includes('-----BEGIN CERTIFICATE-----') ? new X509Certificate(text).toString() : new X509Certificate(body).toString();
}

export class PinMismatchError extends Error {
  readonly code = 'ERR_FRONT_DESK_PIN';
  constructor() {
    super('the hub certificate does not chain to the pinned clinic CA');
  }
}

/** TLS options that accept only a chain ending at the pinned CA, with the usual host-name
 *  check. `ca` replaces Node's built-in roots; the fingerprint check on the chain's root is
 *  the second, independent lock (and what a test breaks on purpose). */
export function pinnedTlsOptions(pin: { caPem: string; fingerprint: string }): https.AgentOptions {
  const fingerprint = normalizeFingerprint(pin.fingerprint);
  if (!fingerprint || fingerprintOfPem(pin.caPem) !== fingerprint) throw new PinMismatchError();
  return {
    ca: [pin.caPem],
    minVersion: 'TLSv1.2',
    rejectUnauthorized: true,
    checkServerIdentity(host, cert) {
      const wrongName = tls.checkServerIdentity(host, cert);
      if (wrongName) return wrongName;
      return rootOf(cert).fingerprint256 === fingerprint ? undefined : new PinMismatchError();
    },
  };
}

export function pinnedAgent(pin: { caPem: string; fingerprint: string }): https.Agent {
  return new https.Agent({ ...pinnedTlsOptions(pin), keepAlive: true, maxSockets: 8 });
}

/** The last certificate of the peer's chain (Node completes it from the trusted store). */
function rootOf(cert: PeerCertificate): PeerCertificate {
  let current = cert as tls.DetailedPeerCertificate;
  const seen = new Set<string>();
  while (current.issuerCertificate && current.issuerCertificate !== current && !seen.has(current.fingerprint256)) {
    seen.add(current.fingerprint256);
    current = current.issuerCertificate;
  }
  return current;
}
