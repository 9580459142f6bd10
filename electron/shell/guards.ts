// Every web contents the app ever makes is locked down the moment it exists: it navigates only to
// our own pages, opens no windows (safe links go to the system browser), attaches no <webview>,
// and no page is granted a permission. Applied from app 'web-contents-created', so a contents made
// later (by us or by a bug) cannot escape it.
import { app, session, type WebContents } from 'electron';
import { openOutside } from './external';
import { navigationDecision, permissionGranted, windowOpenDecision } from './security-rules';

function guardContents(contents: WebContents): void {
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
  // A redirect is a navigation too.
  contents.on('will-redirect', (event, url) => {
    if (navigationDecision(url).action !== 'allow') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function lockDownApp(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission));
}
