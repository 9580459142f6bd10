// The guard every web contents gets (see guards.ts), written against the few methods it uses so it
// is tested under plain Node; Electron's WebContents fits this shape.
import { navigationDecision, windowOpenDecision } from './security-rules';

interface Cancelable {
  preventDefault(): void;
}

/** Electron 45's will-redirect details (WebContentsWillRedirectEventParams), the part read here. */
interface RedirectDetails extends Cancelable {
  url: string;
  isMainFrame: boolean;
}

export interface GuardableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: Cancelable, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (details: RedirectDetails) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Cancelable) => void): unknown;
}

/** Hands a vetted URL to the system browser (external.ts). */
export type OpenOutside = (url: string) => void;

export function guardContents(contents: GuardableContents, openOutside: OpenOutside): void {
  // window.open and target=_blank never make a window of ours.
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.action === 'open-outside') openOutside(decision.url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    const decision = navigationDecision(url);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if (decision.action === 'open-outside') openOutside(decision.url);
  });
  // A redirect of the page itself is a navigation too, but never one the person asked for: our page
  // never leaves app://. will-redirect also fires for frames inside it, where cancelling would kill
  // an embedded video on its way from youtube.com to www.youtube.com; what those frames may load is
  // the CSP's frame-src and the sanitizer's business, not this guard's.
  contents.on('will-redirect', (details) => {
    if (!details.isMainFrame) return;
    if (navigationDecision(details.url).action !== 'allow') details.preventDefault();
  });
  // <webview> is off in webPreferences; this also refuses one should a contents ever enable it.
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
