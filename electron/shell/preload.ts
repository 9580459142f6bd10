// The only bridge between the page and the main process: one function per contract call, derived
// from the contract table, and a way to hear the shell's events (shared/shell-events.ts). Nothing
// else of Electron or Node reaches the page.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { callNames, ipcChannel } from '../../shared/contract';
import { shellEventChannel, shellReadyChannel, type ShellBridge } from '../../shared/shell-events';

const bridge = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
);

const shell: ShellBridge = {
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(shellEventChannel, forward);
    ipcRenderer.send(shellReadyChannel);
    return () => void ipcRenderer.removeListener(shellEventChannel, forward);
  },
};

contextBridge.exposeInMainWorld('tidings', bridge);
contextBridge.exposeInMainWorld('tidingsShell', shell);
