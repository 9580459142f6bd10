// How a sync account's token is kept in the library (docs/sync.md, "Secrets"). The CLI and the web
// host keep it as it is, in the library file that only its owner may read (file-modes.ts); the desktop
// app passes a cipher backed by Electron's safeStorage (the shell's, over the core link), so the file
// holds only what this user's keychain can open. A sealed token carries a prefix, so a host without
// the cipher can say in words why it cannot use it rather than send the server garbage.
import { SyncError } from './greader/errors';

export interface TokenCipher {
  /** What is written to the library for this token. */
  seal(token: string): Promise<string>;
  /** The token back from what the library holds. */
  open(stored: string): Promise<string>;
}

export const SEALED_PREFIX = 'sealed:v1:';

export function isSealed(stored: string): boolean {
  return stored.startsWith(SEALED_PREFIX);
}

/** Tokens kept as they are: the CLI and the web host (the library file is 0600). */
export const plainTokens: TokenCipher = {
  seal: async (token) => token,
  open: async (stored) => {
    if (isSealed(stored)) {
      throw new SyncError('auth', 'this account was signed in by the desktop app, which keeps its token in the system keychain: sign in again here');
    }
    return stored;
  },
};

/** A cipher from a pair of byte functions (the shell's safeStorage, or a stand-in in tests), marking what it seals. */
export function sealingCipher(pair: { encrypt(plain: string): Promise<string>; decrypt(sealed: string): Promise<string> }): TokenCipher {
  return {
    seal: async (token) => SEALED_PREFIX + (await pair.encrypt(token)),
    // A token kept before the app sealed tokens (or by the CLI) is still good: it is used as it is.
    open: async (stored) => (isSealed(stored) ? pair.decrypt(stored.slice(SEALED_PREFIX.length)) : stored),
  };
}
