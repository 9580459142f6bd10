// The wire between the main process and the core, which runs in its own process (core-process.ts,
// an Electron utilityProcess) so a refresh of a thousand feeds never competes with the window's
// input and painting. Calls travel as { id, name, input } and come back as { id, result }; the core's
// live events (the contract's events table) travel as { event }, for the window and the shell alike.
// Pure: tested under Node with a real MessageChannel and a real core.
import { isCallName, type CallInput, type CallName, type CallOutput, type Handlers, type LiveEvent } from '../../shared/contract';
import { dispatch, unwrap } from '../../shared/dispatch';
import type { CallResult } from '../../shared/errors';
import { isSecretRequest, isSecretResult, type SecretRequest, type SecretResult } from './secret-link';

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

export type ToCore = CoreCall | CoreStop | SecretResult;

export type FromCore =
  | { kind: 'result'; id: number; result: CallResult<unknown> }
  | { kind: 'event'; event: LiveEvent }
  /** The core could not open the library; the shell says so and quits. */
  | { kind: 'failed'; message: string }
  /** A sync token to seal or open with safeStorage (secret-link.ts). */
  | SecretRequest;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isToCore(value: unknown): value is ToCore {
  if (!isRecord(value)) return false;
  if (value.kind === 'stop' || isSecretResult(value)) return true;
  return value.kind === 'call' && typeof value.id === 'number' && typeof value.name === 'string';
}

export function isFromCore(value: unknown): value is FromCore {
  return isRecord(value) && typeof value.kind === 'string' && (['result', 'event', 'failed'].includes(value.kind) || isSecretRequest(value));
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
export function serveCalls(handlers: Handlers, post: (message: FromCore) => void) {
  return async (message: CoreCall): Promise<void> => {
    const result: CallResult<unknown> = isCallName(message.name)
      ? await dispatch(handlers, message.name, message.input)
      : { ok: false, error: { code: 'unknown_call', message: `no such call: ${message.name}` } };
    post({ kind: 'result', id: message.id, result });
  };
}
