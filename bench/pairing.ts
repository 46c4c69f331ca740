// Part: pairing a device, the machine's share of "paired in under a minute" (the person's
// share, what is typed or scanned, is in docs/network.md). Each sample is one desk PC pairing
// as its Settings screen does (electron/app/connectable.ts): the hub makes a code; the device
// fetches the clinic CA and checks it (against the pairing link's fingerprint, or, with the
// address and code alone, by the hub's proof of the code: one more round trip and an scrypt
// on each side), presents the code over the pinned connection and receives its credential;
// hub.json is written (0600, renamed into place); the remote core opens and its first
// authenticated request (app.session) is answered.
import { join } from 'node:path';
import { openFrontDesk, type HubFrontDesk } from '../electron/app/front-desk';
import { pairWithHub } from '../electron/app/remote/pairing';
import { writeHubLink } from '../electron/app/remote/hub-link';
import { openRemoteFrontDesk } from '../electron/app/remote/remote-front-desk';
import { shareOnLoopback } from './network';
import { nowMs } from './stats';
import { row, type Section } from './table';
import { onCleanup, tempDir } from './tmp';

/** The machine's share of the minute: waiting on it should never be what a person notices. */
const TARGET_MS = 1000;

const newSteps = () => ({ code: [] as number[], credential: [] as number[], stored: [] as number[], answered: [] as number[], total: [] as number[] });

export async function benchPairing(opts: { pairings: number; log: (line: string) => void }): Promise<Section> {
  const hub: HubFrontDesk = openFrontDesk({ dataDir: tempDir('pairing-hub'), host: 'web', version: 'bench', systemLocale: 'ko-KR', log: () => {} });
  onCleanup(() => hub.close());
  const { address, fingerprint } = await shareOnLoopback(hub, join(import.meta.dirname, '../out/renderer'));
  const typedAddress = new URL(address).host; // "127.0.0.1:47820", as the hub's Settings show it
  const byLink = newSteps();
  const byCode = newSteps();
  opts.log(`pairing: ${opts.pairings} devices with the pairing link, ${opts.pairings} with the address and code alone...`);
  for (let i = 0; i < opts.pairings + 2; i++) {
    // Alternated, so that both ways meet the same machine; the first two of each warm up.
    for (const [steps, how] of [[byLink, 'link'], [byCode, 'code']] as const) {
      const deviceName = `Bench desk ${how} ${i + 1}`;
      const dataDir = tempDir(`pairing-device-${how}${i}`);
      const t0 = nowMs();
      const code = await hub.network.createPairingCode('desk', deviceName);
      const t1 = nowMs();
      // The QR code's link carries the address and the fingerprint: what a device scans or
      // pastes. Typed on a desk: the address alone, and the code proves the hub.
      const link = await pairWithHub({ address: how === 'link' ? code.url : typedAddress, code: code.code, deviceName });
      const t2 = nowMs();
      writeHubLink(dataDir, link);
      const t3 = nowMs();
      const remote = openRemoteFrontDesk({ dataDir, link, host: 'web', version: 'bench', log: () => {} });
      const session = await remote.handle('app.session', {});
      const t4 = nowMs();
      remote.close();
      if (!session.ok || session.value.role !== 'desk') throw new Error(`pairing: the first request was not answered as the desk: ${JSON.stringify(session)}`);
      if (link.fingerprint !== fingerprint) throw new Error('pairing: the device pinned another fingerprint');
      if (i < 2) continue; // warm-up: the first TLS handshakes and module loads
      steps.code.push(t1 - t0);
      steps.credential.push(t2 - t1);
      steps.stored.push(t3 - t2);
      steps.answered.push(t4 - t3);
      steps.total.push(t4 - t0);
    }
  }
  return {
    title: `clinic network: pairing a desk PC (${opts.pairings} pairings each way, one after another)`,
    rows: [
      row('pairing with the link: code to first answer, all steps', byLink.total, { stat: 'p95', max: TARGET_MS }),
      row('  hub makes the code (its QR code is made once per address)', byLink.code),
      row('  CA checked against the fingerprint, code presented, credential received', byLink.credential),
      row('  credential stored (hub.json)', byLink.stored),
      row('  first authenticated request answered', byLink.answered),
      row('pairing by address and code alone: code to first answer, all steps', byCode.total, { stat: 'p95', max: TARGET_MS }),
      row('  hub makes the code (and starts deriving its proof key)', byCode.code),
      row('  CA fetched, the hub\'s proof checked (scrypt), code presented, credential received', byCode.credential),
    ],
    notes: [
      'The listener is bound to 127.0.0.1: TLS, pinning and the hub\'s work are measured, not the wire. The person\'s share (typing the 8-character code, or scanning the QR code on a tablet) is in docs/network.md.',
      'By address and code alone, the proof is asked the moment the code is made, so the hub\'s scrypt (started with the code) is still running and the desk waits for both; a person typing the code gives the hub that time, leaving the desk\'s own scrypt (overlapping its request).',
    ],
  };
}
