// The bridge spec (bridge-spec.ts) for this build's contract, made in the main process: one entry
// per contract call, with the same channel ipc.ts handles it on, and one per event of either table.
import {
  callNames,
  eventNames,
  ipcChannel,
  ipcEventChannel,
  ipcShellEventChannel,
  ipcShellListeningChannel,
  shellEventNames,
} from '../../shared/contract';
import type { BridgeSpec } from './bridge-spec';

export function contractBridgeSpec(): BridgeSpec {
  return {
    calls: Object.fromEntries(callNames.map((name) => [name, ipcChannel(name)])),
    events: Object.fromEntries(eventNames.map((name) => [name, ipcEventChannel(name)])),
    shellEvents: Object.fromEntries(shellEventNames.map((name) => [name, ipcShellEventChannel(name)])),
    listeningChannel: ipcShellListeningChannel,
  };
}
