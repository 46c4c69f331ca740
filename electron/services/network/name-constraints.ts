// Name constraints on the clinic CA (RFC 5280 4.2.1.10, critical): the CA vouches only for
// the clinic's own network, the private and link-local IPv4 ranges, loopback, and the hub's
// names (its host name, `.local`, `localhost`). A verifier that honours them (OpenSSL in
// Node, the browsers, iPadOS, Android) refuses a certificate from it for anything else, so
// a CA installed on a tablet cannot be used to pass off a public site, even if its key leaked.
// Only CAs made from now on carry them: devices pin the CA, so an existing one is kept.
// Built with @peculiar/asn1-x509 (the ASN.1 layer of @peculiar/x509, which has no class for
// this extension) and added as a plain x509.Extension.
import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName, GeneralSubtree, GeneralSubtrees, NameConstraints, id_ce_nameConstraints } from '@peculiar/asn1-x509';
import * as x509 from '@peculiar/x509';

/** IPv4 ranges a hub may be reached at: RFC 1918, loopback, link-local. */
export const PERMITTED_IPV4 = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '169.254.0.0/16'] as const;

/** DNS names (each with its subdomains): the hub's host name, mDNS names, localhost. */
export const permittedDnsNames = (hostName: string) => [...new Set([hostName.toLowerCase(), 'local', 'localhost'])].filter((n) => /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(n));

export function nameConstraintsExtension(hostName: string): x509.Extension {
  const subtree = (base: GeneralName) => new GeneralSubtree({ base });
  const permitted = new GeneralSubtrees([
    ...PERMITTED_IPV4.map((cidr) => subtree(new GeneralName({ iPAddress: cidr }))),
    ...permittedDnsNames(hostName).map((dns) => subtree(new GeneralName({ dNSName: dns }))),
  ]);
  return new x509.Extension(id_ce_nameConstraints, true, AsnConvert.serialize(new NameConstraints({ permittedSubtrees: permitted })));
}

export type Permitted = { ipv4: string[]; dns: string[] };

/** The CA's permitted names, or null when it has no name constraints (a CA made before them). */
export function permittedNamesOf(ca: x509.X509Certificate): Permitted | null {
  const extension = ca.getExtension(id_ce_nameConstraints);
  if (!extension) return null;
  const constraints = AsnConvert.parse(extension.value, NameConstraints);
  const bases = [...(constraints.permittedSubtrees ?? [])].map((s) => s.base);
  return {
    ipv4: bases.map((b) => b.iPAddress).filter((ip): ip is string => !!ip && /^\d+\.\d+\.\d+\.\d+\/\d+$/.test(ip)),
    dns: bases.map((b) => b.dNSName).filter((d): d is string => !!d),
  };
}

const ipv4Number = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** Whether a name may be in a certificate under these constraints (as a verifier judges it). */
export function isPermitted(permitted: Permitted, name: { type: 'dns' | 'ip'; value: string }): boolean {
  if (name.type === 'dns') {
    const value = name.value.toLowerCase();
    return permitted.dns.some((base) => value === base || value.endsWith(`.${base}`));
  }
  if (!/^\d+\.\d+\.\d+\.\d+$/.test(name.value)) return false; // no IPv6 range is permitted
  return permitted.ipv4.some((cidr) => {
    const [base, bits] = cidr.split('/') as [string, string];
    // Arithmetic, not bitwise: JavaScript's bitwise operators are signed 32-bit.
    const block = 2 ** (32 - Number(bits));
    return Math.floor(ipv4Number(name.value) / block) === Math.floor(ipv4Number(base) / block);
  });
}
