// The hub's side of the clinic network, platform-free (docs/network.md): settings, the
// pairing code, devices and their credentials, the certificates. The LAN listener
// (electron/web/lan.ts) is started by the host and reports back here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import QRCode from 'qrcode';
import type { DeviceRecord, NetworkStatus, PairingCode } from '../../../shared/api/network';
import { ApiFailure } from '../../../shared/api/result';
import type { Caller } from '../../../shared/api/roles';
import type { ChangeEvent } from '../../../shared/api/changes';
import type { Session } from '../../../shared/api/types';
import type { DeviceRole } from '../../../shared/vocabulary';
import { hubHostName, httpsAddress, lanAddresses } from './addresses';
import { ensureCertificates, fingerprintOf, type HubCertificates, type HubIdentity } from './certificates';
import { addDevice, deviceByCredential, listDevices, revokeDevice } from './devices';
import { PairingCodes, type LiveCode } from './pairing';
import { newNonce, randomProof, type ProofAnswer } from './pairing-proof';
import { getNetworkSettings, updateNetworkSettings, type NetworkSettings } from './settings';

export type { HubCertificates } from './certificates';
export type { NetworkSettings } from './settings';

/** What the host's LAN listener reports: up, or why not. */
export type ListenerState = {
  running: boolean;
  problem: NetworkStatus['problem'];
  port: number;
  /** The addresses it answers on (a listener bound to one address: that one). */
  addresses: string[];
};

export type Paired = { credential: string; role: DeviceRole; deviceId: number; fingerprint: string };

export type HubNetwork = {
  settings(): NetworkSettings;
  status(): NetworkStatus;
  /** Stores the settings, waits for the host to start or stop the listener, then answers. */
  update(patch: Partial<NetworkSettings>): Promise<NetworkStatus>;
  createPairingCode(role: DeviceRole, deviceName: string): Promise<PairingCode>;
  cancelPairingCode(): void;
  /** A device presents the code: a credential, or ApiFailure('unauthorized'). */
  pair(code: string, address: string | null): Promise<Paired>;
  /** The live code's proof for a desk's nonce, over this hub's CA (random without a code). */
  pairingProof(nonce: Buffer): Promise<ProofAnswer>;
  /** The caller a credential stands for, or null (unknown, revoked, or no database). */
  authenticate(credential: string, address: string | null): Caller | null;
  devices(): DeviceRecord[];
  revoke(id: number): DeviceRecord;
  /** Devices a restore left without access: their open connections end (as on revoke). */
  shutOut(deviceIds: number[]): void;
  /** Made or renewed as needed, for the hub's name and the addresses given. */
  certificates(addresses?: string[]): Promise<HubCertificates>;
  identity(addresses?: string[]): HubIdentity;
  /** How app.session describes this PC. */
  connection(): Pick<Session, 'mode' | 'hubAddress'>;
  // For the host:
  onSettingsChanged(listener: (settings: NetworkSettings) => void | Promise<void>): () => void;
  onRevoked(listener: (deviceId: number) => void): () => void;
  reportListener(state: ListenerState | null): void;
};

export function createHubNetwork(options: {
  dataDir: string;
  db: () => Database;
  now: () => Date;
  emit: (change: ChangeEvent) => void;
  log: (message: string, error?: unknown) => void;
  /** Tests: the machine's addresses and name. */
  addresses?: () => string[];
  hostName?: string;
}): HubNetwork {
  const dir = join(options.dataDir, 'network');
  const codes = new PairingCodes(options.now);
  const settingsListeners = new Set<(settings: NetworkSettings) => void | Promise<void>>();
  const revokedListeners = new Set<(deviceId: number) => void>();
  const machineAddresses = options.addresses ?? (() => lanAddresses());
  const hostName = hubHostName(options.hostName);
  let listener: ListenerState | null = null;
  let qr: { url: string; svg: string } | null = null;

  const identity = (addresses = machineAddresses()): HubIdentity => ({ hostName, addresses });
  const fingerprint = () => {
    const file = join(dir, 'clinic-ca.crt');
    if (!existsSync(file)) return null;
    try {
      const pem = readFileSync(file, 'utf8');
      return fingerprintOf(Buffer.from(pem.replace(/-----[^-]+-----|\s/g, ''), 'base64'));
    } catch {
      return null;
    }
  };
  const addresses = () => (listener?.running ? listener.addresses.map((a) => httpsAddress(a, listener!.port)) : []);
  const pairingUrl = () => {
    const first = addresses()[0];
    const fp = fingerprint();
    return first && fp ? `${first}/pair#fp=${fp}` : null;
  };
  const codeView = (live: LiveCode): PairingCode | null => {
    const url = pairingUrl();
    if (!url || qr?.url !== url) return null;
    return { code: live.code, role: live.role, deviceName: live.deviceName, expiresAt: live.expiresAt.toISOString(), url, qrSvg: qr.svg };
  };

  const network: HubNetwork = {
    settings: () => getNetworkSettings(options.db()),
    status() {
      const settings = getNetworkSettings(options.db());
      const live = codes.current();
      return {
        ...settings,
        running: listener?.running ?? false,
        problem: settings.sharing ? (listener?.problem ?? null) : null,
        hostName,
        addresses: addresses(),
        fingerprint: fingerprint(),
        pairing: live ? codeView(live) : null,
      };
    },
    async update(patch) {
      const settings = updateNetworkSettings(options.db(), patch);
      if (!settings.sharing) codes.cancel();
      await Promise.all([...settingsListeners].map((apply) => apply(settings)));
      return network.status();
    },
    async createPairingCode(role, deviceName) {
      const url = pairingUrl();
      // A code is useless until devices can reach the hub: sharing must be on and running.
      if (!url) throw new ApiFailure('unavailable', { reason: 'not-sharing' });
      if (qr?.url !== url) qr = { url, svg: await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }) };
      const view = codeView(codes.create(role, deviceName))!;
      codes.prepareProof(fingerprint()!); // pairingUrl() had it
      return view;
    },
    cancelPairingCode: () => codes.cancel(),
    async pair(code, address) {
      const attempt = codes.attempt(code);
      if (!attempt.ok) {
        // The code died (its 5th wrong try, or past its time): the hub's screen stops showing it.
        if (attempt.reason === 'used-up' || attempt.reason === 'expired') options.emit({ domains: ['devices'] });
        throw new ApiFailure('unauthorized', { reason: attempt.reason });
      }
      const certificates = await network.certificates(listener?.addresses);
      const { device, credential } = addDevice(
        options.db(),
        { name: attempt.deviceName, role: attempt.role, address },
        options.now(),
      );
      options.emit({ domains: ['devices'] });
      return { credential, role: device.role, deviceId: device.id, fingerprint: certificates.fingerprint };
    },
    pairingProof(nonce) {
      const fp = fingerprint();
      return fp ? codes.proof(nonce, fp) : Promise.resolve({ hubNonce: newNonce(), proof: randomProof() });
    },
    authenticate(credential, address) {
      try {
        const device = deviceByCredential(options.db(), credential, address, options.now());
        return device ? { role: device.role, deviceId: device.id, deviceName: device.name } : null;
      } catch (error) {
        options.log('front-desk: a device could not be checked', error);
        return null; // no database (a fault): nobody gets in
      }
    },
    devices: () => listDevices(options.db()),
    revoke(id) {
      const device = revokeDevice(options.db(), id, options.now());
      network.shutOut([id]);
      return device;
    },
    shutOut(ids) {
      for (const id of ids) for (const notify of revokedListeners) notify(id);
    },
    certificates: (addresses) => ensureCertificates(dir, identity(addresses), options.now()),
    identity,
    connection: () => {
      const first = addresses()[0];
      return first ? { mode: 'hub', hubAddress: first } : { mode: 'local', hubAddress: null };
    },
    onSettingsChanged(listener) {
      settingsListeners.add(listener);
      return () => void settingsListeners.delete(listener);
    },
    onRevoked(listener) {
      revokedListeners.add(listener);
      return () => void revokedListeners.delete(listener);
    },
    reportListener(state) {
      listener = state;
      if (!state?.running) codes.cancel();
    },
  };
  return network;
}
