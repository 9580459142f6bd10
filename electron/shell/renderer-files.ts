// Which file an app://tidings/ request is for: only files inside the renderer's folder that exist.
// Pure of Electron (protocol.ts serves the answer), so it is tested under Node.
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { appHost } from './security-rules';

/** The file to serve for the URL, or null (another host, a path leaving the folder, nothing there). */
export async function rendererFile(rendererDir: string, url: URL): Promise<string | null> {
  if (url.host !== appHost) return null;
  const root = normalize(rendererDir + sep);
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return null; // a malformed %-escape names no file
  }
  const file = normalize(join(root, relative));
  if (!file.startsWith(root)) return null;
  try {
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
