// IPC handlers, one per contract call, derived from the contract table. Input is validated by the
// same dispatch the web host uses; calls from any frame but our own page are refused.
import { ipcMain } from 'electron';
import { callNames, ipcChannel, type Handlers } from '../../shared/contract';
import { dispatch } from '../../shared/dispatch';
import { isTrustedSender } from './security-rules';

export function registerIpc(handlers: Handlers): void {
  for (const name of callNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown) => {
      if (!isTrustedSender(event)) {
        return { ok: false, error: { code: 'forbidden', message: `${name}: refused for ${event.senderFrame?.url}` } };
      }
      return dispatch(handlers, name, input);
    });
  }
}
