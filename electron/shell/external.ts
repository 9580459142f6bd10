// The one place the shell hands a URL to the operating system. Every caller goes through the
// allow-list in security-rules.ts, so no link in a feed can launch a program or open a file.
import { shell } from 'electron';
import { externalUrl } from './security-rules';

/** `inBackground`: leave the browser behind our window (macOS; elsewhere the system decides). */
export function openOutside(candidate: string, inBackground = false): boolean {
  const url = externalUrl(candidate);
  if (url === null) return false;
  void shell.openExternal(url, { activate: !inBackground });
  return true;
}
