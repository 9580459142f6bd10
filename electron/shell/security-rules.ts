// The shell's security decisions as pure functions, so they are tested under plain Node.

/** The origin our own pages are served from (see protocol.ts). */
export const appScheme = 'app';
export const appHost = 'tidings';
export const appOrigin = `${appScheme}://${appHost}`;

/** Only our own pages may call the contract over IPC. */
export function isOwnPage(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${appScheme}:` && parsed.host === appHost;
  } catch {
    return false;
  }
}

/** What may be handed to the system browser or mail client: http(s) and mailto, nothing that runs. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return true;
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}
