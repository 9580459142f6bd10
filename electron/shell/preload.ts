// The only bridge between the page and the main process: one function per contract call, derived
// from the contract table. Nothing else of Electron or Node reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { callNames, ipcChannel } from '../../shared/contract';

const bridge = Object.fromEntries(
  callNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(ipcChannel(name), input)]),
);

contextBridge.exposeInMainWorld('tidings', bridge);
