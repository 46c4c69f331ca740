// The hub's LAN addresses and host name: what its certificate names and what the
// Settings section shows devices to type.
import { hostname, networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/** IPv4 addresses of the network cards that are up, not loopback or link-local. */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string[] {
  const found = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.internal || info.family !== 'IPv4' || info.address.startsWith('169.254.')) continue;
      found.add(info.address);
    }
  }
  return [...found];
}

/** The machine's name as a DNS label (what a device may type instead of an address). */
export function hubHostName(name = hostname()): string {
  const label = name.toLowerCase().replace(/[^a-z0-9.-]/g, '-').replace(/^-+|-+$/g, '');
  return label || 'front-desk-hub';
}

/** "https://192.168.0.10:47820" (IPv6 in brackets). */
export const httpsAddress = (address: string, port: number) =>
  `https://${address.includes(':') ? `[${address}]` : address}:${port}`;
