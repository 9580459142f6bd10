// Who the app is to the operating system, where it must agree with the packaging.

/**
 * electron-builder.yml's appId (checked by test/shell/packaging.test.ts). Windows shows a toast only
 * for an AppUserModelID that a Start menu shortcut carries, and the NSIS installer gives its
 * shortcut this one; Electron's own default differs, so main.ts sets it before ready.
 */
export const appUserModelId = 'app.tidings.desktop';
