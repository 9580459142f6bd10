// Sync tokens sealed by the main process's safeStorage on the core's behalf (electron/shell/secret-link.ts),
// over a real MessageChannel (structured clone, as between Electron processes), with a stand-in for
// safeStorage: the real one needs the Electron binary and a keychain (test/shell/secrets.spec.ts).
import { MessageChannel, type MessagePort } from 'node:worker_threads';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isFromCore, isToCore } from '../../electron/shell/core-link';
import { answerSecret, isSecretRequest, SecretAsker, type SafeStorageLike } from '../../electron/shell/secret-link';

/** XOR with a key: reversible, and the sealed bytes do not hold the token. */
function standInSafeStorage(available: { now: boolean; backend?: string }, key = 0x5a): SafeStorageLike {
  const flip = (bytes: Buffer) => Buffer.from(bytes.map((byte) => byte ^ key));
  return {
    isEncryptionAvailable: () => available.now,
    getSelectedStorageBackend: () => available.backend ?? 'gnome_libsecret',
    encryptString: (plain) => flip(Buffer.from(plain, 'utf8')),
    decryptString: (sealed) => {
      const plain = flip(sealed).toString('utf8');
      if (!plain.startsWith('alice/')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return plain;
    },
  };
}

describe('sync tokens sealed by the main process', () => {
  let mainPort: MessagePort;
  let corePort: MessagePort;
  let asker: SecretAsker;
  const available: { now: boolean; backend?: string } = { now: true };
  let safe = standInSafeStorage(available);
  const token = 'alice/0123456789abcdef0123456789abcdef01234567';

  beforeEach(() => {
    available.now = true;
    delete available.backend;
    safe = standInSafeStorage(available);
    ({ port1: mainPort, port2: corePort } = new MessageChannel());
    asker = new SecretAsker((request) => corePort.postMessage(request));
    // The main process: answers what the core asks (core-host.ts does this with Electron's safeStorage).
    mainPort.on('message', (message: unknown) => {
      if (isFromCore(message) && isSecretRequest(message)) mainPort.postMessage(answerSecret(safe, message));
    });
    corePort.on('message', (message: unknown) => {
      if (isToCore(message) && message.kind === 'secret-result') asker.receive(message);
    });
  });
  afterEach(() => {
    mainPort.close();
    corePort.close();
  });

  it('seals a token so the library never holds it, and opens it back', async () => {
    const sealed = await asker.cipher.seal(token);
    expect(sealed.startsWith('sealed:v1:')).toBe(true);
    expect(sealed).not.toContain(token);
    expect(sealed).not.toContain('0123456789abcdef');
    expect(await asker.cipher.open(sealed)).toBe(token);
  });

  it('keeps the token as the CLI does (the file is 0600) where the system has no keychain, and still opens it', async () => {
    available.now = false;
    const kept = await asker.cipher.seal(token);
    expect(kept).toBe(token);
    expect(await asker.cipher.open(kept)).toBe(token);
  });

  it.runIf(process.platform === 'linux')("counts Linux's built-in 'basic_text' key as no keychain: the token is kept as the CLI keeps it", async () => {
    available.backend = 'basic_text';
    expect(await asker.cipher.seal(token)).toBe(token);
  });

  it('asks to sign in again, never sending garbage, when the keychain cannot open a sealed token', async () => {
    safe = standInSafeStorage(available, 0x33); // another user's or machine's keychain
    const foreign = `sealed:v1:${Buffer.from(token.split('').map((c) => c.charCodeAt(0) ^ 0x5a)).toString('base64')}`;
    await expect(asker.cipher.open(foreign)).rejects.toMatchObject({ kind: 'auth', message: expect.stringMatching(/sign in again$/) });
  });
});
