// The only bridge between the page and the main process: one function per contract call, and `on`
// for live events, the core's (the contract's events table) and the shell's (its shellEvents table:
// listening for one tells the shell to send what it held). Nothing else of Electron or Node reaches
// the page. The calls and channels come from the main process on this renderer's command line
// (bridge-spec.ts), derived there from the contract; the preload itself stays a few KB.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { bridgeSpecFrom } from './bridge-spec';

const spec = bridgeSpecFrom(process.argv);

const bridge = Object.fromEntries(
  Object.entries(spec.calls).map(([name, channel]) => [name, (input: unknown) => ipcRenderer.invoke(channel, input)]),
);

/** Hears one event; answers a function that stops. The page checks each payload (renderer/api/events.ts). */
const own = (table: Record<string, string>, name: string) => (Object.hasOwn(table, name) ? table[name] : undefined);

const events = {
  on(name: string, handler: (payload: unknown) => void): () => void {
    const shellChannel = own(spec.shellEvents, name);
    const channel = own(spec.events, name) ?? shellChannel;
    if (!channel) return () => undefined;
    const forward = (_event: IpcRendererEvent, payload: unknown) => handler(payload);
    ipcRenderer.on(channel, forward);
    if (shellChannel) ipcRenderer.send(spec.listeningChannel, name);
    return () => void ipcRenderer.removeListener(channel, forward);
  },
};

contextBridge.exposeInMainWorld('tidings', bridge);
contextBridge.exposeInMainWorld('tidingsEvents', events);
