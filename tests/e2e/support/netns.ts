// Two network namespaces joined by a veth pair: the hub's machine and a desk's, each with its
// own address, so the test crosses a real (virtual) network. Made as root by the test itself,
// with names unique to this run, and always removed. Where namespaces cannot be made (not
// root, no CAP_NET_ADMIN, a container without them) `makeNetwork` says why and the test skips.
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Namespace = { name: string; address: string };
export type TestNetwork = {
  hub: Namespace;
  desk: Namespace;
  /** Runs a command inside a namespace. */
  spawnIn(ns: Namespace, command: string, args: string[], options?: SpawnOptions): ChildProcess;
  /** A script that runs Chromium inside the namespace (for playwright's executablePath). */
  chromiumIn(ns: Namespace, chromium: string): string;
  remove(): void;
};

const ip = (...args: string[]) => execFileSync('ip', args, { stdio: ['ignore', 'pipe', 'pipe'] });

/** The network, or the reason it cannot be made here. */
export function makeNetwork(): TestNetwork | { skip: string } {
  if (process.platform !== 'linux') return { skip: 'network namespaces need Linux' };
  if (process.getuid?.() !== 0) return { skip: 'network namespaces need root (ip netns add)' };
  const id = `${process.pid % 100000}${Math.floor(Math.random() * 100)}`;
  const subnet = `10.${100 + (process.pid % 100)}.${Math.floor(Math.random() * 250) + 1}`;
  const hub: Namespace = { name: `fdhub${id}`, address: `${subnet}.1` };
  const desk: Namespace = { name: `fddesk${id}`, address: `${subnet}.2` };
  const vethHub = `fdh${id}`.slice(0, 15);
  const vethDesk = `fdd${id}`.slice(0, 15);
  const scripts = mkdtempSync(join(tmpdir(), 'fd-netns-'));
  const made: string[] = [];
  const remove = () => {
    for (const name of made.splice(0)) {
      try {
        ip('netns', 'del', name); // takes its end of the veth pair (and so the pair) with it
      } catch {
        // already gone
      }
    }
    rmSync(scripts, { recursive: true, force: true });
  };
  try {
    ip('netns', 'add', hub.name);
    made.push(hub.name);
    ip('netns', 'add', desk.name);
    made.push(desk.name);
    ip('link', 'add', vethHub, 'type', 'veth', 'peer', 'name', vethDesk);
    ip('link', 'set', vethHub, 'netns', hub.name);
    ip('link', 'set', vethDesk, 'netns', desk.name);
    for (const [ns, veth] of [[hub, vethHub], [desk, vethDesk]] as const) {
      ip('-n', ns.name, 'addr', 'add', `${ns.address}/24`, 'dev', veth);
      ip('-n', ns.name, 'link', 'set', veth, 'up');
      ip('-n', ns.name, 'link', 'set', 'lo', 'up');
    }
  } catch (error) {
    remove();
    const why = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error);
    return { skip: `network namespaces cannot be made here (${why})` };
  }
  process.once('exit', remove); // even when the test run is cut short
  return {
    hub,
    desk,
    spawnIn: (ns, command, args, options = {}) => spawn('ip', ['netns', 'exec', ns.name, command, ...args], options),
    chromiumIn(ns, chromium) {
      const path = join(scripts, `chromium-${ns.name}`);
      writeFileSync(path, `#!/bin/sh\nexec ip netns exec ${ns.name} ${chromium} "$@"\n`);
      chmodSync(path, 0o755);
      return path;
    },
    remove,
  };
}
