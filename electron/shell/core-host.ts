// Starts the core in its own process (core-process.ts) and talks to it through a CoreClient. If
// the process dies, calls waiting on it fail at once (the page shows the error) and a new one is
// started; quitting asks it to close the library first.
import { safeStorage, utilityProcess, type UtilityProcess } from 'electron';
import { join } from 'node:path';
import type { LiveEvent } from '../../shared/contract';
import { CoreClient, isFromCore, type ToCore } from './core-link';
import { answerSecret } from './secret-link';

export interface CoreHostOptions {
  shellDir: string;
  dbFile: string;
  nativeBinding?: string;
  /** Each of the core's live events. */
  onEvent: (event: LiveEvent) => void;
  /** A core (re)started: what was shown may be stale. */
  onStarted?: () => void;
  onFailed: (message: string) => void;
}

const restartDelayMs = 1_000;
const stopTimeoutMs = 5_000;
/** More unexpected exits than this within the window and the core is not started again. */
const maxRestarts = 3;
const restartWindowMs = 60_000;

export class CoreHost {
  readonly client = new CoreClient((message) => this.send(message));
  private child: UtilityProcess | null = null;
  private stopping = false;
  private readonly exits: number[] = [];

  constructor(private readonly options: CoreHostOptions) {}

  start(): void {
    const { shellDir, dbFile, nativeBinding } = this.options;
    const child = utilityProcess.fork(join(shellDir, 'core.mjs'), [], {
      serviceName: 'Tidings core',
      stdio: 'inherit',
      env: { ...process.env, TIDINGS_CORE_DB: dbFile, ...(nativeBinding ? { TIDINGS_CORE_NATIVE_BINDING: nativeBinding } : {}) },
    });
    this.child = child;
    this.options.onStarted?.();
    child.on('message', (message: unknown) => {
      if (!isFromCore(message) || this.client.receive(message)) return;
      if (message.kind === 'event') this.options.onEvent(message.event);
      else if (message.kind === 'failed') this.options.onFailed(message.message);
      else if (message.kind === 'secret') child.postMessage(answerSecret(safeStorage, message));
    });
    child.on('exit', (code) => {
      if (this.child === child) this.child = null;
      if (this.stopping) return this.client.failAll('Tidings is quitting.');
      const now = Date.now();
      this.exits.push(now);
      const recent = this.exits.filter((time) => now - time < restartWindowMs).length;
      if (recent > maxRestarts) {
        this.client.failAll(`The library process keeps stopping (exit code ${code}).`);
        this.options.onFailed(`The library process stopped ${recent} times in a minute (last exit code ${code}).`);
        return;
      }
      this.client.failAll(`The library process stopped (exit code ${code}); it is being restarted.`);
      setTimeout(() => this.stopping || this.start(), restartDelayMs);
    });
  }

  /** Asks the core to close the library and waits (a little) for it to go. */
  stop(): Promise<void> {
    this.stopping = true;
    const child = this.child;
    if (!child) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        child.kill();
        resolve();
      }, stopTimeoutMs);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.postMessage({ kind: 'stop' } satisfies ToCore);
    });
  }

  private send(message: ToCore): void {
    if (!this.child) throw new Error('not started');
    this.child.postMessage(message);
  }
}
