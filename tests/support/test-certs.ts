// Certificates for tests of connect mode: a clinic CA and a hub certificate it signed for
// 127.0.0.1 / localhost, made with the openssl command line (independent of the hub's own
// certificate code, so a test of pinning does not trust the code it checks against).
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type TestAuthority = {
  caPem: string;
  caKeyPem: string;
  fingerprint: string;
  /** A server certificate signed by this CA for the given names. */
  leaf(names: { ips?: string[]; dns?: string[] }): { certPem: string; keyPem: string };
};

function fingerprintOf(pem: string): string {
  return createHash('sha256')
    .update(new X509Certificate(pem).raw)
    .digest('hex')
    .toUpperCase()
    .match(/../g)!
    .join(':');
}

export function makeTestAuthority(name = 'Test Clinic CA', days = 30): TestAuthority {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ca-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt',
    '-days', String(days), '-subj', `/CN=${name}`, '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'],
  { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  return testAuthorityIn(dir);
}

/** Leaves signed by an existing CA (e.g. the hub's own clinic CA, from its files). */
export function testAuthorityOf(caPem: string, caKeyPem: string): TestAuthority {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fd-ca-'));
  fs.writeFileSync(path.join(dir, 'ca.crt'), caPem);
  fs.writeFileSync(path.join(dir, 'ca.key'), caKeyPem, { mode: 0o600 });
  return testAuthorityIn(dir);
}

function testAuthorityIn(dir: string): TestAuthority {
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const caPem = fs.readFileSync(path.join(dir, 'ca.crt'), 'utf8');
    const caKeyPem = fs.readFileSync(path.join(dir, 'ca.key'), 'utf8');
    let serial = 1;
    return {
      caPem,
      caKeyPem,
      fingerprint: fingerprintOf(caPem),
      leaf(names) {
        const n = serial++;
        const san = [...(names.ips ?? []).map((ip) => `IP:${ip}`), ...(names.dns ?? []).map((d) => `DNS:${d}`)].join(',');
        fs.writeFileSync(path.join(dir, `leaf${n}.ext`), `subjectAltName=${san}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`);
        run('req', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', `leaf${n}.key`, '-out', `leaf${n}.csr`, '-subj', '/CN=Front Desk hub');
        run('x509', '-req', '-in', `leaf${n}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-set_serial', String(1000 + n), '-days', '30',
          '-out', `leaf${n}.crt`, '-extfile', `leaf${n}.ext`);
        return {
          certPem: fs.readFileSync(path.join(dir, `leaf${n}.crt`), 'utf8'),
          keyPem: fs.readFileSync(path.join(dir, `leaf${n}.key`), 'utf8'),
        };
      },
    };
  } finally {
    // Keys are only needed while making leaves; tests make theirs at once.
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
}
