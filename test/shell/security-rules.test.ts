import { describe, expect, it } from 'vitest';
import { isOwnPage, isSafeExternalUrl } from '../../electron/shell/security-rules';

describe('shell security rules', () => {
  it.each([
    ['https://example.org/post', true],
    ['http://example.org/', true],
    ['mailto:someone@example.org', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['app://tidings/index.html', false],
    ['smb://host/share', false],
    ['data:text/html,hi', false],
    ['not a url', false],
  ])('hands %s to the system browser: %s', (url, allowed) => {
    expect(isSafeExternalUrl(url)).toBe(allowed);
  });

  it.each([
    ['app://tidings/index.html', true],
    ['app://tidings/', true],
    ['app://evil/index.html', false],
    ['https://tidings/index.html', false],
    ['file:///index.html', false],
    ['', false],
    [undefined, false],
  ])('accepts IPC only from our own page: %s → %s', (url, allowed) => {
    expect(isOwnPage(url)).toBe(allowed);
  });
});
