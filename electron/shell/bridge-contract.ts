// The bridge spec (bridge-spec.ts) for this build's contract, made in the main process: one entry
// per contract call, with the same channel ipc.ts handles it on.
import { callNames, eventNames, ipcChannel, ipcEventChannel } from '../../shared/contract';
import { shellEventChannel, shellReadyChannel } from '../../shared/shell-events';
import type { BridgeSpec } from './bridge-spec';

export function contractBridgeSpec(): BridgeSpec {
  return {
    calls: Object.fromEntries(callNames.map((name) => [name, ipcChannel(name)])),
    events: Object.fromEntries(eventNames.map((name) => [name, ipcEventChannel(name)])),
    eventChannel: shellEventChannel,
    readyChannel: shellReadyChannel,
  };
}
