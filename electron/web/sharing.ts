// Sharing on the clinic network, for both hosts (Electron main and the web host CLI): the
// LAN listener runs while the hub's setting says so, on its port, and is started, moved or
// stopped the moment the setting changes (network.update waits for it). `shareWhileLocal`
// follows the connectable core: connecting to a hub stops this PC's sharing, disconnecting
// starts it again for the local core if its setting says so, both at once.
// The PC's LAN addresses are looked at again every half minute (DHCP, another Wi-Fi): when
// they change, the running listener takes a certificate and a Host check for the new ones
// (nothing open is cut), and Settings shows the address to type.
import type { ConnectableFrontDesk } from '../app/connectable';
import type { HubFrontDesk } from '../app/front-desk';
import type { NetworkSettings } from '../services/network';
import { answeredWrites, startLanListener, type LanListener } from './lan';

export type Sharing = { stop(): Promise<void> };

/** How often the PC's addresses are compared with the running listener's. */
const ADDRESS_CHECK_MS = 30_000;

type SharingOptions = {
  rendererDir: string;
  /** One address to listen on instead of every interface (tests, the cross-host e2e); it is
   *  not followed. */
  bindAddress?: string;
  /** Tests: a shorter wait between two looks at the addresses. */
  addressCheckMs?: number;
  log?: (message: string, error?: unknown) => void;
};

/** Sharing for whichever core is this PC's own: none while connected to a hub. */
export function shareWhileLocal(options: SharingOptions & { frontDesk: ConnectableFrontDesk }): Sharing {
  const { frontDesk, ...rest } = options;
  const start = (local: HubFrontDesk | null) => (local ? startSharing({ ...rest, frontDesk: local }) : null);
  let current = start(frontDesk.local());
  let queue = Promise.resolve();
  const unsubscribe = frontDesk.onLocalChanged(
    (local) =>
      (queue = queue.then(async () => {
        await current?.stop();
        current = start(local);
      })),
  );
  return {
    async stop() {
      unsubscribe();
      await queue;
      await current?.stop();
      current = null;
    },
  };
}

export function startSharing(options: SharingOptions & { frontDesk: HubFrontDesk }): Sharing {
  const { network } = options.frontDesk;
  const log = options.log ?? ((message, error) => console.error(message, error));
  let listener: LanListener | null = null;
  /** The addresses the running listener's certificate and Host check were made for. */
  let served: string[] = [];
  let queue = Promise.resolve();
  // One memory of answered writes for every listener this sharing starts: a device whose
  // answer was lost while the port changed still gets it when it sends the write again.
  const writes = answeredWrites();
  const namesFor = (addresses: string[]) => [...addresses, network.identity(addresses).hostName, 'localhost', '127.0.0.1'];
  const reportRunning = (port: number, addresses: string[]) =>
    network.reportListener({ running: true, problem: addresses.length === 0 ? 'no-address' : null, port, addresses });

  async function apply(settings: NetworkSettings) {
    const wanted = settings.sharing ? settings.port : null;
    const addresses = wanted === null ? [] : options.bindAddress ? [options.bindAddress] : network.identity().addresses;
    if (listener && listener.port === wanted) {
      if (sameAddresses(served, addresses)) return;
      // New addresses, same port: the running listener takes them, nothing is cut.
      try {
        listener.readdress(namesFor(addresses), await network.certificates(addresses));
        served = addresses;
        reportRunning(listener.port, addresses);
      } catch (error) {
        log('front-desk: the hub certificate could not be made for the new addresses', error);
      }
      return;
    }
    if (listener) {
      await listener.close();
      listener = null;
      network.reportListener(null);
    }
    if (wanted === null) return;
    served = addresses;
    try {
      const certificates = await network.certificates(addresses);
      listener = await startLanListener({
        frontDesk: options.frontDesk,
        rendererDir: options.rendererDir,
        certificates,
        renew: () => network.certificates(served),
        port: wanted,
        bindAddress: options.bindAddress,
        hostNames: namesFor(addresses),
        log,
        writes,
      });
      reportRunning(listener.port, addresses);
    } catch (error) {
      const inUse = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!inUse) log('front-desk: the clinic-network listener could not start', error);
      network.reportListener({ running: false, problem: inUse ? 'port-in-use' : 'failed', port: wanted, addresses: [] });
    }
  }

  // One change at a time, in order (two quick toggles must not start two listeners).
  const enqueue = (settings: NetworkSettings) => (queue = queue.then(() => apply(settings)));
  const unsubscribe = network.onSettingsChanged(enqueue);
  try {
    void enqueue(network.settings());
  } catch (error) {
    log('front-desk: the network settings could not be read; sharing stays off', error);
  }
  const follow = options.bindAddress
    ? null
    : setInterval(() => {
        if (!listener) return;
        try {
          void enqueue(network.settings());
        } catch (error) {
          log('front-desk: the network settings could not be read', error);
        }
      }, options.addressCheckMs ?? ADDRESS_CHECK_MS);
  follow?.unref();

  return {
    async stop() {
      if (follow) clearInterval(follow);
      unsubscribe();
      await queue;
      await listener?.close();
      listener = null;
      network.reportListener(null);
    },
  };
}

/** The same addresses, in any order (the system may list its interfaces in another). */
const sameAddresses = (a: readonly string[], b: readonly string[]) => [...a].sort().join() === [...b].sort().join();
