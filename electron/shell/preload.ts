// The only bridge between the page and the main process: one function per contract call, `on` for
// the core's live events (the contract's events table), and a way to hear the shell's events
// (shared/shell-events.ts). Nothing else of Electron or Node reaches the
// page. The calls and channels come from the main process on this renderer's command line
// (bridge-spec.ts), derived there from the contract table; the preload itself stays a few KB.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ShellBridge } from '../../shared/shell-events';
import { bridgeSpecFrom } from './bridge-spec';

const spec = bridgeSpecFrom(process.argv);

const bridge = Object.fromEntries(
  Object.entries(spec.calls).map(([name, channel]) => [name, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

const shell: ShellBridge = {
  onEvent(listener) {
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(spec.eventChannel, forward);
    ipcRenderer.send(spec.readyChannel);
    return () => void ipcRenderer.removeListener(spec.eventChannel, forward);
  },
};

/** Hears one live event; answers a function that stops. The page checks each payload (renderer/api/events.ts). */
const events = {
  on(name: string, handler: (payload: unknown) => void): () => void {
    const channel = spec.events[name];
    if (!channel) return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
    ipcRenderer.on(channel, forward);
    return () => void ipcRenderer.removeListener(channel, forward);
  },
};

contextBridge.exposeInMainWorld('tidings', bridge);
contextBridge.exposeInMainWorld('tidingsEvents', events);
contextBridge.exposeInMainWorld('tidingsShell', shell);
