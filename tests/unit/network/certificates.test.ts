// The clinic CA and the hub certificate, parsed back with Node's own X509 parser (not the
// library that made them): names, usages, validity, file modes, and renewal.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ensureCertificates, fingerprintOf } from '../../../electron/services/network/certificates';

const root = mkdtempSync(join(tmpdir(), 'front-desk-certs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const identity = { hostName: 'front-desk-hub', addresses: ['192.168.0.10', '10.0.0.5'] };
const DAY = 24 * 60 * 60 * 1000;
const leafOf = (chain: string) => new X509Certificate(chain.split(/(?<=-----END CERTIFICATE-----)/)[0]!.trim());

describe('clinic certificates', () => {
  it('makes a CA and a hub certificate for the LAN addresses and host name, serverAuth, at most 825 days', async () => {
    const dir = join(root, 'a');
    const now = new Date('2026-11-27T10:00:00Z');
    const made = await ensureCertificates(dir, identity, now);
    const ca = new X509Certificate(made.caPem);
    const hub = leafOf(made.certChainPem);

    expect(ca.ca).toBe(true);
    expect(hub.ca).toBe(false);
    expect(hub.checkIssued(ca)).toBe(true);
    expect(hub.verify(ca.publicKey)).toBe(true);
    expect(hub.subjectAltName).toBe('DNS:front-desk-hub, DNS:localhost, IP Address:192.168.0.10, IP Address:10.0.0.5, IP Address:127.0.0.1');
    expect(hub.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']); // Node lists the extended key usage: serverAuth only
    expect(hub.checkIP('192.168.0.10')).toBe('192.168.0.10');
    expect(hub.checkHost('front-desk-hub')).toBe('front-desk-hub');
    const days = (Date.parse(hub.validTo) - Date.parse(hub.validFrom)) / DAY;
    expect(days).toBeLessThanOrEqual(825);
    expect(Date.parse(hub.validTo)).toBeGreaterThan(now.getTime() + 300 * DAY);
    expect(made.fingerprint).toBe(ca.fingerprint256);
    expect(made.fingerprint).toBe(fingerprintOf(made.caDer));
    expect(made.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);

    for (const file of ['clinic-ca.key', 'hub.key', 'clinic-ca.crt', 'hub.crt']) {
      expect(statSync(join(dir, file)).mode & 0o777, file).toBe(0o600);
    }
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(dir, 'hub.key'), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
  });

  it('keeps both while they are good, and renews the hub certificate (same CA) before it expires', async () => {
    const dir = join(root, 'b');
    const start = new Date('2026-11-27T10:00:00Z');
    const first = await ensureCertificates(dir, identity, start);
    const again = await ensureCertificates(dir, identity, new Date(start.getTime() + 100 * DAY));
    expect(again.certChainPem).toBe(first.certChainPem);

    const late = new Date(first.hubNotAfter.getTime() - 10 * DAY); // 10 days before expiry
    const renewed = await ensureCertificates(dir, identity, late);
    expect(renewed.certChainPem).not.toBe(first.certChainPem);
    expect(renewed.fingerprint).toBe(first.fingerprint); // devices keep their pin
    const hub = leafOf(renewed.certChainPem);
    expect(Date.parse(hub.validTo)).toBeGreaterThan(late.getTime() + 300 * DAY);
    expect(hub.checkIssued(new X509Certificate(renewed.caPem))).toBe(true);
  });

  it('renews the hub certificate when the addresses change', async () => {
    const dir = join(root, 'c');
    const first = await ensureCertificates(dir, identity, new Date());
    const moved = await ensureCertificates(dir, { ...identity, addresses: ['192.168.1.20'] }, new Date());
    expect(moved.fingerprint).toBe(first.fingerprint);
    expect(leafOf(moved.certChainPem).subjectAltName).toContain('IP Address:192.168.1.20');
    expect(leafOf(moved.certChainPem).subjectAltName).not.toContain('192.168.0.10');
  });

  it('makes new ones over damaged files instead of failing', async () => {
    const dir = join(root, 'd');
    const first = await ensureCertificates(dir, identity, new Date());
    writeFileSync(join(dir, 'hub.crt'), 'garbage');
    const repaired = await ensureCertificates(dir, identity, new Date());
    expect(repaired.fingerprint).toBe(first.fingerprint);
    expect(leafOf(repaired.certChainPem).checkIssued(new X509Certificate(repaired.caPem))).toBe(true);
  });
});
