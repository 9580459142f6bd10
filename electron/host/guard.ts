// Who may talk to the web host: only pages it served itself, on the loopback address and port it
// listens on, carrying the token. Each check answers a distinct attack.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiErrorBody } from '../../shared/errors';

export interface GuardConfig {
  port: number;
  token: string;
}

/** DNS rebinding: a hostile name that resolves to 127.0.0.1 still sends its own name as Host. */
export function checkHost(request: IncomingMessage, config: GuardConfig): ApiErrorBody | null {
  const host = (request.headers.host ?? '').toLowerCase();
  const allowed = [`127.0.0.1:${config.port}`, `localhost:${config.port}`];
  return allowed.includes(host) ? null : { code: 'forbidden', message: `requests for host "${host}" are refused` };
}

/** Cross-origin pages may send simple POSTs; the token stops them, and so does this. */
export function checkOrigin(request: IncomingMessage, config: GuardConfig): ApiErrorBody | null {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') {
    return { code: 'forbidden', message: 'cross-site requests are refused' };
  }
  const origin = request.headers.origin;
  if (origin && origin !== `http://127.0.0.1:${config.port}` && origin !== `http://localhost:${config.port}`) {
    return { code: 'forbidden', message: `requests from origin ${origin} are refused` };
  }
  return null;
}

export function checkToken(request: IncomingMessage, config: GuardConfig): ApiErrorBody | null {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) return { code: 'unauthorized', message: 'an Authorization: Bearer <token> header is required' };
  return sameToken(match[1], config.token) ? null : { code: 'unauthorized', message: 'the token is wrong' };
}

/**
 * Kept images: an <img> cannot send the Authorization header, and a token in its URL would leak
 * (history, "Copy image address", a screenshot of the devtools). So each call that carried the
 * token also sets a cookie the browser then sends with /images/ requests alone: HttpOnly (no script
 * reads it), SameSite=Strict (no other site's page sends it), and holding a capability derived
 * from the token that opens kept images and nothing else.
 */
export function imageCapability(config: GuardConfig): string {
  return createHmac('sha256', config.token).update('tidings: kept images only').digest('hex');
}

/** Cookies are not kept apart by port, so the name carries it: two hosts on 127.0.0.1 do not clash. */
export const imageCookieName = (config: GuardConfig): string => `tidings-images-${config.port}`;

export function imageCookie(config: GuardConfig, imagePathPrefix: string): string {
  return `${imageCookieName(config)}=${imageCapability(config)}; Path=${imagePathPrefix}; HttpOnly; SameSite=Strict`;
}

export function checkImageCookie(request: IncomingMessage, config: GuardConfig): ApiErrorBody | null {
  const name = imageCookieName(config);
  const given = (request.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (!given) return { code: 'unauthorized', message: 'kept images are served to the page that holds the token only' };
  return sameToken(given, imageCapability(config)) ? null : { code: 'unauthorized', message: 'the image key is wrong' };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
