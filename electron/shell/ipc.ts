// IPC handlers, one per contract call, derived from the contract table: each forwards its input to
// the core process (which validates it with the same dispatch the web host uses). Calls from any
// frame but our own page are refused here, before anything reaches the core.
import { ipcMain } from 'electron';
import { callNames, ipcChannel, type CallName } from '../../shared/contract';
import type { CallResult } from '../../shared/errors';
import { isTrustedSender } from './security-rules';

export type Forward = (name: CallName, input: unknown) => Promise<CallResult<unknown>>;

export function registerIpc(forward: Forward): void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown): Promise<CallResult<unknown>> | CallResult<unknown> => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: `${name}: refused for ${event.senderFrame?.url}` } };
      }
      return forward(name, input);
    });
  }
}
