// Every web contents the app ever makes is locked down the moment it exists (contents-guard.ts),
// from app 'web-contents-created', so a contents made later cannot escape it; and no page is
// granted a permission.
import { app, session } from 'electron';
import { guardContents } from './contents-guard';
import { openOutside } from './external';
import { permissionGranted } from './security-rules';

/** `linksInBackground`: the openLinksInBackground setting, read when a link is opened. */
export function lockDownApp(linksInBackground: () => boolean): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents, (url) => openOutside(url, linksInBackground())));
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionGranted(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => permissionGranted(permission));
}
