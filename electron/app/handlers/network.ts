// The clinic network at the hub (shared/api/network.ts): only the hub's own user gets here
// (shared/api/roles.ts).
import type { HandlerMap } from '../types';

type NetworkChannel =
  | 'network.status'
  | 'network.update'
  | 'network.createPairingCode'
  | 'network.cancelPairingCode'
  | 'devices.list'
  | 'devices.revoke';

export const networkHandlers: HandlerMap<NetworkChannel> = {
  'network.status': (_input, { network }) => network.status(),
  'network.update': (patch, { network }) => network.update(patch),
  'network.createPairingCode': ({ role, deviceName }, { network }) => network.createPairingCode(role, deviceName),
  'network.cancelPairingCode': (_input, { network }) => {
    network.cancelPairingCode();
    return network.status();
  },
  'devices.list': (_input, { network }) => network.devices(),
  'devices.revoke': ({ id }, { network }) => network.revoke(id),
};
