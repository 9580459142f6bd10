// Sync tokens sealed with Electron's safeStorage (docs/sync.md, "Secrets"). safeStorage lives in the
// main process and the core in its own (core-process.ts), so the core asks over the core link:
// { kind: 'secret', id, op, text } out, { kind: 'secret-result', id, text | error } back. The main
// process only seals and opens; it keeps nothing. Where the system has no keychain to seal with
// (safeStorage says encryption is unavailable, or on Linux has only its built-in 'basic_text' key) the token is kept as the CLI keeps it, in the
// library file readable by its owner only. Pure: tested under Node with a stand-in safeStorage.
import { isSealed, SEALED_PREFIX, type TokenCipher } from '../core/sync/token-cipher';
import { SyncError } from '../core/sync/greader/errors';

export type SecretOp = 'seal' | 'open';

export interface SecretRequest {
  kind: 'secret';
  id: number;
  op: SecretOp;
  text: string;
}

/** `text` null: the system cannot seal here (no keychain); `error`: it could not open this one. */
export type SecretResult = { kind: 'secret-result'; id: number; text: string | null } | { kind: 'secret-result'; id: number; error: string };

/** What the main process needs of Electron's safeStorage. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  /** On Linux: 'basic_text' means no secret store, only a key built into Chromium. */
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Buffer;
  decryptString(sealed: Buffer): string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isSecretRequest(value: unknown): value is SecretRequest {
  return isRecord(value) && value.kind === 'secret' && typeof value.id === 'number' && (value.op === 'seal' || value.op === 'open') && typeof value.text === 'string';
}

export function isSecretResult(value: unknown): value is SecretResult {
  return isRecord(value) && value.kind === 'secret-result' && typeof value.id === 'number';
}

/** Sealing with Chromium's built-in key ('basic_text') would only look safe: it counts as no keychain. */
function keychainAvailable(safe: SafeStorageLike): boolean {
  if (!safe.isEncryptionAvailable()) return false;
  return process.platform !== 'linux' || safe.getSelectedStorageBackend?.() !== 'basic_text';
}

/** The main process's side: seals or opens one token with safeStorage. */
export function answerSecret(safe: SafeStorageLike, request: SecretRequest): SecretResult {
  const { id } = request;
  try {
    if (!keychainAvailable(safe)) return request.op === 'seal' ? { kind: 'secret-result', id, text: null } : { kind: 'secret-result', id, error: 'no keychain' };
    if (request.op === 'seal') return { kind: 'secret-result', id, text: safe.encryptString(request.text).toString('base64') };
    return { kind: 'secret-result', id, text: safe.decryptString(Buffer.from(request.text, 'base64')) };
  } catch (error) {
    return { kind: 'secret-result', id, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The core's side: a TokenCipher whose sealing and opening the main process does. */
export class SecretAsker {
  private nextId = 1;
  private readonly pending = new Map<number, (result: SecretResult) => void>();

  constructor(private readonly post: (request: SecretRequest) => void) {}

  private ask(op: SecretOp, text: string): Promise<SecretResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.post({ kind: 'secret', id, op, text });
    });
  }

  /** Settles the request a result belongs to. */
  receive(result: SecretResult): void {
    const settle = this.pending.get(result.id);
    this.pending.delete(result.id);
    settle?.(result);
  }

  readonly cipher: TokenCipher = {
    seal: async (token) => {
      const result = await this.ask('seal', token);
      if ('error' in result) throw new Error(`the system keychain could not keep the token: ${result.error}`);
      return result.text === null ? token : SEALED_PREFIX + result.text;
    },
    open: async (stored) => {
      if (!isSealed(stored)) return stored;
      const result = await this.ask('open', stored.slice(SEALED_PREFIX.length));
      if ('error' in result || result.text === null) {
        throw new SyncError('auth', 'the system keychain could not open this account’s token (was it kept by another user or machine?): sign in again');
      }
      return result.text;
    },
  };
}
