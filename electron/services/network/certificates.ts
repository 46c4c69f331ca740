// The clinic's own certificate authority and the hub's TLS certificate, made with
// @peculiar/x509 on Node's WebCrypto (docs/architecture.md says why this library). Devices
// pin the CA (its SHA-256 fingerprint), so the hub certificate is renewed freely: before it
// expires, or when the hub's addresses or name change. Keys stay in <data>/network, 0600.
import { createHash, randomBytes, webcrypto } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// @peculiar/x509 needs a Reflect metadata polyfill loaded before it (its README).
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { isPermitted, nameConstraintsExtension, permittedNamesOf } from './name-constraints';

const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Under the 825 days Apple accepts for a TLS certificate, and the 398 browsers accept
 *  from public CAs: the hub renews it long before either matters. */
export const HUB_CERT_DAYS = 397;
export const CA_DAYS = 3650;
/** Renewed when fewer days than this are left. */
export const RENEW_DAYS_BEFORE = 30;

export type HubIdentity = { hostName: string; addresses: string[] };

export type HubCertificates = {
  caPem: string;
  caDer: Buffer;
  /** The hub certificate, then the CA: the chain a TLS client verifies. */
  certChainPem: string;
  keyPem: string;
  /** SHA-256 of the CA certificate (DER), upper-case hex with colons: what devices pin. */
  fingerprint: string;
  hubNotAfter: Date;
};

const files = (dir: string) => ({
  caCert: join(dir, 'clinic-ca.crt'),
  caKey: join(dir, 'clinic-ca.key'),
  hubCert: join(dir, 'hub.crt'),
  hubKey: join(dir, 'hub.key'),
});

export function fingerprintOf(der: Uint8Array): string {
  return createHash('sha256')
    .update(der)
    .digest('hex')
    .toUpperCase()
    .replace(/(..)(?!$)/g, '$1:');
}

/** The certificates to serve, made or renewed as needed. `dir` is <data>/network. */
export async function ensureCertificates(dir: string, identity: HubIdentity, now = new Date()): Promise<HubCertificates> {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const paths = files(dir);
  let ca = await loadPair(paths.caCert, paths.caKey, now);
  if (!ca || daysLeft(ca.cert, now) < RENEW_DAYS_BEFORE) {
    ca = await makeCa(identity.hostName, now);
    writeSecret(paths.caKey, ca.keyPem);
    writeSecret(paths.caCert, ca.cert.toString('pem'));
  }
  let hub = await loadPair(paths.hubCert, paths.hubKey, now);
  if (!hub || (await needsRenewal(hub.cert, ca.cert, identity, now))) {
    hub = await makeHubCertificate(ca, identity, now);
    writeSecret(paths.hubKey, hub.keyPem);
    writeSecret(paths.hubCert, hub.cert.toString('pem'));
  }
  const caDer = Buffer.from(ca.cert.rawData);
  return {
    caPem: ca.cert.toString('pem'),
    caDer,
    certChainPem: `${hub.cert.toString('pem')}\n${ca.cert.toString('pem')}\n`,
    keyPem: hub.keyPem,
    fingerprint: fingerprintOf(caDer),
    hubNotAfter: hub.cert.notAfter,
  };
}

type Pair = { cert: x509.X509Certificate; keyPem: string; privateKey: CryptoKey; publicKey: CryptoKey };

/** A certificate and its key, or null when they are to be made (again).
 *  - Not there (both files missing): made.
 *  - A file that cannot be read (locked, an I/O error): the error is thrown, so sharing
 *    waits and tries again later. Replacing the CA over a passing fault would make every
 *    device pair again.
 *  - There but damaged (does not parse, one of the two missing, or the key is not the
 *    certificate's: a crash between writing the two): moved aside, kept as
 *    `<name>.damaged-<time>`, and made again. */
async function loadPair(certFile: string, keyFile: string, now: Date): Promise<Pair | null> {
  const present = [certFile, keyFile].filter((file) => existsSync(file));
  if (present.length === 0) return null;
  const certText = present.includes(certFile) ? readFileSync(certFile, 'utf8') : null;
  const keyPem = present.includes(keyFile) ? readFileSync(keyFile, 'utf8') : null;
  try {
    if (certText === null || keyPem === null) throw new Error('half a pair');
    const cert = new x509.X509Certificate(certText);
    const privateKey = await crypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(keyPem), ALGORITHM, true, ['sign']);
    const publicKey = await cert.publicKey.export(ALGORITHM, ['verify'], crypto);
    if (!(await samePublicKey(privateKey, publicKey))) throw new Error('the key is not the certificate\'s');
    return { cert, keyPem, privateKey, publicKey };
  } catch {
    const suffix = `.damaged-${now.toISOString().replace(/[-:.]/g, '')}`;
    for (const file of present) renameSync(file, `${file}${suffix}`);
    return null;
  }
}

/** Does the private key belong to the certificate? (EC: the same public point.) */
async function samePublicKey(privateKey: CryptoKey, publicKey: CryptoKey): Promise<boolean> {
  const a = await crypto.subtle.exportKey('jwk', privateKey);
  const b = await crypto.subtle.exportKey('jwk', publicKey);
  return a.x === b.x && a.y === b.y;
}

async function newKeys(): Promise<{ keys: CryptoKeyPair; keyPem: string }> {
  const keys = (await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = await crypto.subtle.exportKey('pkcs8', keys.privateKey);
  return { keys, keyPem: x509.PemConverter.encode(pkcs8, 'PRIVATE KEY') };
}

/** A positive 128-bit serial number (RFC 5280: at most 20 octets, positive). */
const serial = () => {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f;
  return bytes.toString('hex');
};

/** Backdated an hour so a device whose clock is a little behind still accepts it. */
const validity = (now: Date, days: number) => ({
  notBefore: new Date(now.getTime() - 60 * 60 * 1000),
  notAfter: new Date(now.getTime() + days * DAY_MS),
});

const safeName = (text: string) => text.replace(/[^A-Za-z0-9 ._-]/g, '').slice(0, 40) || 'hub';

async function makeCa(hostName: string, now: Date): Promise<Pair> {
  const { keys, keyPem } = await newKeys();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=Front Desk clinic CA (${safeName(hostName)}), O=Front Desk`,
    ...validity(now, CA_DAYS),
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      nameConstraintsExtension(hostName),
    ],
  });
  return { cert, keyPem, privateKey: keys.privateKey, publicKey: keys.publicKey };
}

async function makeHubCertificate(ca: Pair, identity: HubIdentity, now: Date): Promise<Pair> {
  const { keys, keyPem } = await newKeys();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${safeName(identity.hostName)}, O=Front Desk`,
    issuer: ca.cert.subject,
    ...validity(now, HUB_CERT_DAYS),
    signingAlgorithm: ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: ca.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth], false),
      new x509.SubjectAlternativeNameExtension(sanOf(identity, ca.cert)),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.publicKey),
    ],
  });
  return { cert, keyPem, privateKey: keys.privateKey, publicKey: keys.publicKey };
}

/** The hub's names, less any its CA's name constraints do not permit (a renamed PC, a
 *  public address): a certificate naming one would be refused whole. */
function sanOf(identity: HubIdentity, ca: x509.X509Certificate): x509.JsonGeneralName[] {
  const names = new Set([identity.hostName, 'localhost'].filter(Boolean).map((n) => n.toLowerCase()));
  const ips = new Set([...identity.addresses, '127.0.0.1']);
  const all = [...[...names].map((value) => ({ type: 'dns' as const, value })), ...[...ips].map((value) => ({ type: 'ip' as const, value }))];
  const permitted = permittedNamesOf(ca);
  return permitted ? all.filter((name) => isPermitted(permitted, name)) : all;
}

const daysLeft = (cert: x509.X509Certificate, now: Date) => (cert.notAfter.getTime() - now.getTime()) / DAY_MS;

async function needsRenewal(hub: x509.X509Certificate, ca: x509.X509Certificate, identity: HubIdentity, now: Date): Promise<boolean> {
  if (daysLeft(hub, now) < RENEW_DAYS_BEFORE || hub.notBefore > now) return true;
  if (!(await hub.verify({ publicKey: ca, signatureOnly: true }, crypto))) return true; // a new CA
  const san = hub.getExtension(x509.SubjectAlternativeNameExtension);
  const have = new Set((san?.names.toJSON() ?? []).map((n) => `${n.type}:${n.value.toLowerCase()}`));
  const want = sanOf(identity, ca).map((n) => `${n.type}:${n.value.toLowerCase()}`);
  return want.length !== have.size || want.some((name) => !have.has(name));
}

/** Written for the user only (0600), whatever the umask, under a temporary name renamed
 *  when whole: a crash leaves the old file or the new one, never half of one. */
function writeSecret(file: string, text: string) {
  const partial = `${file}.partial`;
  writeFileSync(partial, text, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}
