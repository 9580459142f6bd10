// The wire between the main process and the core, which runs in its own process (core-process.ts,
// an Electron utilityProcess) so a refresh of a thousand feeds never competes with the window's
// input and painting. Calls travel as { id, name, input } and come back as { id, result }; the core
// also reports what the shell shows outside the window (unread count, settings, new articles).
// Pure: tested under Node with a real MessageChannel and a real core.
import { isCallName, type CallInput, type CallName, type CallOutput, type Handlers } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { CallResult } from '../../shared/errors';
import type { FeedId, RefreshResult } from '../../shared/model';
import type { Settings } from '../../shared/settings';

export interface CoreCall {
  kind: 'call';
  id: number;
  name: string;
  input: unknown;
}

/** Close the library and leave (the main process is quitting). */
export interface CoreStop {
  kind: 'stop';
}

export type ToCore = CoreCall | CoreStop;

/** What the shell shows outside the window: the unread count (tray, badge) and the settings it obeys. */
export interface ShellState {
  unread: number;
  settings: Settings;
}

export interface NewArticles {
  feedId: FeedId;
  title: string;
  count: number;
}

export type FromCore =
  | { kind: 'result'; id: number; result: CallResult<unknown> }
  | { kind: 'state'; state: ShellState }
  | { kind: 'refreshed'; result: RefreshResult; added: NewArticles[] }
  /** The core could not open the library; the shell says so and quits. */
  | { kind: 'failed'; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToCore(value: unknown): value is ToCore {
  if (!isRecord(value)) return false;
  if (value.kind === 'stop') return true;
  return value.kind === 'call' && typeof value.id === 'number' && typeof value.name === 'string';
}

export function isFromCore(value: unknown): value is FromCore {
  return isRecord(value) && typeof value.kind === 'string' && ['result', 'state', 'refreshed', 'failed'].includes(value.kind);
}

/**
 * The main process's side: each call gets an id and waits for the result with that id. Calls are
 * forwarded unvalidated; the core validates them (shared/dispatch.ts), as every host does.
 */
export class CoreClient {
  private nextId = 1;
  private readonly pending = new Map<number, (result: CallResult<unknown>) => void>();

  constructor(private readonly post: (message: ToCore) => void) {}

  call(name: CallName, input: unknown): Promise<CallResult<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        this.post({ kind: 'call', id, name, input });
      } catch (error) {
        this.pending.delete(id);
        resolve({ ok: false, error: { code: 'internal', message: `${name}: the core is not running (${String(error)})` } });
      }
    });
  }

  /** A call the shell itself makes, typed by the contract; throws a TidingsError on failure. */
  async request<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    return unwrap((await this.call(name, input)) as CallResult<CallOutput<K>>);
  }

  /** Settles the call a result belongs to; false for any other message. */
  receive(message: FromCore): boolean {
    if (message.kind !== 'result') return false;
    const settle = this.pending.get(message.id);
    this.pending.delete(message.id);
    settle?.(message.result);
    return true;
  }

  get waiting(): number {
    return this.pending.size;
  }

  /** The core went away: every call still waiting fails (the page shows the error) rather than hanging. */
  failAll(reason: string): void {
    const settles = [...this.pending.values()];
    this.pending.clear();
    for (const settle of settles) settle({ ok: false, error: { code: 'internal', message: reason } });
  }
}

/** The core's side: runs each call through the same dispatch as the web host and posts the result. */
export function serveCalls(handlers: Handlers, post: (message: FromCore) => void, afterCall: () => void = () => undefined) {
  return async (message: CoreCall): Promise<void> => {
    const result: CallResult<unknown> = isCallName(message.name)
      ? await dispatch(handlers, message.name, message.input)
      : { ok: false, error: { code: 'unknown_call', message: `no such call: ${message.name}` } };
    post({ kind: 'result', id: message.id, result });
    afterCall();
  };
}

/**
 * Reports the shell state when it changes, checked a moment after whatever may have changed it
 * (a call, a refresh), so a burst of calls costs one look.
 */
export function watchShellState(read: () => ShellState, post: (message: FromCore) => void, delayMs = 250) {
  let last = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  const check = (): void => {
    timer = null;
    const state = read();
    const serialized = JSON.stringify(state);
    if (serialized === last) return;
    last = serialized;
    post({ kind: 'state', state });
  };
  return {
    /** Look now (at start). */
    check,
    /** Look soon. */
    poke(): void {
      timer ??= setTimeout(check, delayMs);
    },
    stop(): void {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
