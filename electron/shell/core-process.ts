// The core's own process (an Electron utilityProcess, started by core-host.ts): it opens the
// library, refreshes on schedule, keeps backups and answers the contract's calls that the main
// process forwards. Fetching, parsing and SQLite writes all happen here, never on the event loop
// that moves the window. Nothing from the 'electron' module is used; only process.parentPort.
import type {} from 'electron';
import { openCore, type Core } from '../core/core';
import { startMaintenance } from '../core/library-file/maintenance';
import { startScheduler } from '../core/refresh/scheduler';
import { isToCore, serveCalls, type FromCore } from './core-link';
import { SecretAsker } from './secret-link';

const port = process.parentPort;
const post = (message: FromCore): void => port.postMessage(message);
// Sync tokens are sealed and opened by the main process's safeStorage (secret-link.ts).
const secrets = new SecretAsker(post);

function open(): Core | null {
  const dbFile = process.env.TIDINGS_CORE_DB;
  const nativeBinding = process.env.TIDINGS_CORE_NATIVE_BINDING;
  if (!dbFile) {
    post({ kind: 'failed', message: 'the core was started without a library file' });
    return null;
  }
  try {
    const core: Core = openCore({
      dbFile,
      use: { what: 'the Tidings app', stop: 'quit the Tidings app' },
      tokens: secrets.cipher,
      ...(nativeBinding ? { nativeBinding } : {}),
    });
    return core;
  } catch (error) {
    post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    return null;
  }
}

const core = open();
if (core) {
  const stopScheduler = startScheduler(core.store, core.refresher);
  const stopMaintenance = startMaintenance(core.store);
  const serve = serveCalls(core.handlers, post);
  // Every live event goes to the main process: for the window, the tray, the badge and notifications.
  const stopEvents = core.events.subscribe((event) => post({ kind: 'event', event }));
  port.on('message', (event) => {
    const message: unknown = event.data;
    if (!isToCore(message)) return;
    if (message.kind === 'secret-result') return secrets.receive(message);
    if (message.kind === 'call') {
      void serve(message);
      return;
    }
    stopEvents();
    stopScheduler();
    stopMaintenance();
    core.close();
    process.exit(0);
  });
}
else {
  // Without a library there is nothing to serve; the main process reads 'failed', tells the person
  // and quits, which stops this process. Leaving at once instead could lose the 'failed' message
  // (and, read as a crash, start a new core only to fail again): stay until told to stop.
  port.on('message', (event) => {
    const message: unknown = event.data;
    if (isToCore(message) && message.kind === 'stop') process.exit(0);
  });
}
