// The shell's security decisions as pure functions, so they are tested under plain Node. The
// Electron side (window.ts, ipc.ts, external.ts) only asks these and acts on the answer.

/** The origin our own pages are served from (see protocol.ts). */
export const appScheme = 'app';
export const appHost = 'tidings';
export const appOrigin = `${appScheme}://${appHost}`;

function parse(url: string | undefined | null): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Our own page: app://tidings/…, and nothing else (not file:, not another app: host). */
export function isOwnPage(url: string | undefined | null): boolean {
  const parsed = parse(url);
  return parsed !== null && parsed.protocol === `${appScheme}:` && parsed.host === appHost;
}

/** The part of an IPC event the sender check reads (structurally Electron's IpcMainInvokeEvent). */
export interface IpcSender {
  senderFrame?: { url: string } | null;
}

/** Only our own page may call the contract over IPC; a frame inside it (an embedded video) may not. */
export function isTrustedSender(event: IpcSender): boolean {
  return isOwnPage(event.senderFrame?.url);
}

/**
 * What may be handed to the system browser or mail client, normalized; null for anything else.
 * Only http(s) with a host and mailto; no user name or password in the URL (a link such as
 * https://bank.example@evil.example/ is made to mislead), nothing that runs (javascript:, file:,
 * data:, smb:, custom schemes that launch programs).
 */
export function externalUrl(url: string): string | null {
  const parsed = parse(url.trim());
  if (!parsed) return null;
  if (parsed.protocol === 'mailto:') return parsed.pathname !== '' || parsed.search !== '' ? parsed.href : null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.hostname === '' || parsed.username !== '' || parsed.password !== '') return null;
  return parsed.href;
}

export function isSafeExternalUrl(url: string): boolean {
  return externalUrl(url) !== null;
}

export type NavigationDecision =
  /** Our own page (a reload or an in-app address): let it happen. */
  | { action: 'allow' }
  /** A link out: stay on our page and hand the URL to the system browser. */
  | { action: 'open-outside'; url: string }
  | { action: 'deny' };

/** Where the window may go: only to our own pages. Links out open in the browser; everything else is refused. */
export function navigationDecision(url: string): NavigationDecision {
  if (isOwnPage(url)) return { action: 'allow' };
  const outside = externalUrl(url);
  return outside ? { action: 'open-outside', url: outside } : { action: 'deny' };
}

/** window.open and target=_blank never make a window of ours; a safe link goes to the browser. */
export function windowOpenDecision(url: string): Exclude<NavigationDecision, { action: 'allow' }> {
  const outside = externalUrl(url);
  return outside ? { action: 'open-outside', url: outside } : { action: 'deny' };
}

/**
 * Permissions (camera, microphone, notifications from a page, geolocation, clipboard reading,
 * fullscreen of embedded video…): none is granted to any page. Desktop notifications come from the
 * main process, which needs no permission.
 */
export function permissionGranted(_permission: string): boolean {
  return false;
}
