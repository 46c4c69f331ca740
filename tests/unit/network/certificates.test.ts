// The clinic CA and the hub certificate, parsed back with Node's own X509 parser (not the
// library that made them): names, usages, validity, file modes, and renewal.
import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// A read that fails for a moment (a locked file, an I/O error): the next read of a file whose
// path ends so throws EIO, once.
const failing = vi.hoisted(() => ({ next: null as string | null }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((file: string, ...rest: unknown[]) => {
    if (failing.next && String(file).endsWith(failing.next)) {
      failing.next = null;
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});
import { ensureCertificates, fingerprintOf } from '../../../electron/services/network/certificates';
import { makeTestAuthority, testAuthorityOf } from '../../support/test-certs';

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

  it('never replaces the clinic CA over a file it cannot read: it says so and leaves both files', async () => {
    const dir = join(root, 'unreadable');
    const first = await ensureCertificates(dir, identity, new Date());
    const keyPem = readFileSync(join(dir, 'clinic-ca.key'), 'utf8');
    failing.next = 'clinic-ca.key';
    await expect(ensureCertificates(dir, identity, new Date())).rejects.toThrow(/EIO/);
    expect(readFileSync(join(dir, 'clinic-ca.key'), 'utf8')).toBe(keyPem);
    expect(readdirSync(dir).filter((n) => n.includes('.damaged-'))).toEqual([]);
    expect((await ensureCertificates(dir, identity, new Date())).fingerprint).toBe(first.fingerprint);
  });

  it('moves a damaged CA aside (kept) before making a new one: a key that is not the certificate\'s, or a truncated key', async () => {
    const dir = join(root, 'mismatch');
    const first = await ensureCertificates(dir, identity, new Date());
    const other = await ensureCertificates(join(root, 'other-ca'), identity, new Date());
    const otherKey = readFileSync(join(root, 'other-ca', 'clinic-ca.key'), 'utf8');
    writeFileSync(join(dir, 'clinic-ca.key'), otherKey); // as after a crash between the two writes
    const remade = await ensureCertificates(dir, identity, new Date('2026-11-28T10:00:00Z'));
    expect(remade.fingerprint).not.toBe(first.fingerprint);
    expect(remade.fingerprint).not.toBe(other.fingerprint);
    const kept = readdirSync(dir).filter((n) => n.includes('.damaged-')).sort();
    expect(kept).toEqual(['clinic-ca.crt.damaged-20261128T100000000Z', 'clinic-ca.key.damaged-20261128T100000000Z']);
    expect(readFileSync(join(dir, kept[1]!), 'utf8')).toBe(otherKey);
    // Truncated: the same.
    writeFileSync(join(dir, 'clinic-ca.key'), readFileSync(join(dir, 'clinic-ca.key'), 'utf8').slice(0, 40));
    const again = await ensureCertificates(dir, identity, new Date('2026-11-29T10:00:00Z'));
    expect(again.fingerprint).not.toBe(remade.fingerprint);
    expect(readdirSync(dir).filter((n) => n.includes('.damaged-20261129'))).toHaveLength(2);
    expect(readdirSync(dir).filter((n) => n.endsWith('.partial'))).toEqual([]);
  });

  describe('name constraints on a new clinic CA', () => {
    it('permits the private and link-local IPv4 ranges, loopback and the hub\'s names, as a critical extension (read by openssl)', async () => {
      const dir = join(root, 'nc');
      await ensureCertificates(dir, identity, new Date());
      const text = execFileSync('openssl', ['x509', '-noout', '-ext', 'nameConstraints', '-in', join(dir, 'clinic-ca.crt')], { encoding: 'utf8' });
      expect(text).toMatch(/X509v3 Name Constraints: critical/);
      const permitted = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => /^(IP|DNS):/.test(l));
      expect(permitted).toEqual([
        'IP:10.0.0.0/255.0.0.0',
        'IP:172.16.0.0/255.240.0.0',
        'IP:192.168.0.0/255.255.0.0',
        'IP:127.0.0.0/255.0.0.0',
        'IP:169.254.0.0/255.255.0.0',
        'DNS:front-desk-hub',
        'DNS:local',
        'DNS:localhost',
      ]);
      expect(text).not.toMatch(/Excluded/);
    });

    it('is honoured by Node\'s TLS: a certificate from the clinic CA for a public name or address is refused, one for the clinic accepted', async () => {
      const dir = join(root, 'nc-tls');
      const made = await ensureCertificates(dir, identity, new Date());
      const clinicCa = testAuthorityOf(made.caPem, readFileSync(join(dir, 'clinic-ca.key'), 'utf8'));
      const verdict = async (leaf: { certPem: string; keyPem: string }) => {
        const server = https.createServer({ cert: leaf.certPem, key: leaf.keyPem }, (_req, res) => res.end('ok'));
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        try {
          return await new Promise<string>((resolve) => {
            const request = https.get({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, ca: made.caPem, agent: false }, (res) => {
              res.resume();
              resolve('accepted');
            });
            request.on('error', (error: NodeJS.ErrnoException) => resolve(`${error.code}: ${error.message}`));
          });
        } finally {
          server.close();
        }
      };
      expect(await verdict(clinicCa.leaf({ ips: ['127.0.0.1', '192.168.0.10'], dns: ['front-desk-hub', 'front-desk-hub.local', 'localhost'] }))).toBe('accepted');
      expect(await verdict(clinicCa.leaf({ ips: ['127.0.0.1'], dns: ['www.example.com'] }))).toBe('UNSPECIFIED: permitted subtree violation'); // OpenSSL's X509_V_ERR_PERMITTED_VIOLATION
      expect(await verdict(clinicCa.leaf({ ips: ['127.0.0.1', '8.8.8.8'] }))).toBe('UNSPECIFIED: permitted subtree violation'); // OpenSSL's X509_V_ERR_PERMITTED_VIOLATION
      // The hub's own certificate passes the same verifier.
      expect(await verdict({ certPem: made.certChainPem, keyPem: made.keyPem })).toBe('accepted');
    });

    it('leaves out of the hub certificate a name its CA does not permit (a renamed PC, a public address), without renewing it again and again', async () => {
      const dir = join(root, 'nc-san');
      await ensureCertificates(dir, identity, new Date());
      const renamed = { hostName: 'reception-pc', addresses: ['192.168.0.10', '203.0.113.5'] };
      const first = await ensureCertificates(dir, renamed, new Date());
      expect(leafOf(first.certChainPem).subjectAltName).toBe('DNS:localhost, IP Address:192.168.0.10, IP Address:127.0.0.1');
      expect((await ensureCertificates(dir, renamed, new Date())).certChainPem).toBe(first.certChainPem);
    });

    it('keeps a CA made before them as it is (devices pin it), and its hub certificate names everything as before', async () => {
      const dir = join(root, 'nc-old');
      mkdirSync(dir, { recursive: true });
      const old = makeTestAuthority('Front Desk clinic CA (before name constraints)', 3650);
      writeFileSync(join(dir, 'clinic-ca.crt'), old.caPem);
      writeFileSync(join(dir, 'clinic-ca.key'), old.caKeyPem);
      const made = await ensureCertificates(dir, { hostName: 'front-desk-hub', addresses: ['203.0.113.5'] }, new Date());
      expect(made.fingerprint).toBe(old.fingerprint);
      expect(leafOf(made.certChainPem).subjectAltName).toContain('IP Address:203.0.113.5');
    });
  });
});
