// Who may talk to the web host: only pages it served itself, on the loopback address and port it
// listens on, carrying the token. Each check answers a distinct attack.
import { timingSafeEqual } from 'node:crypto';
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
 * For GETs an <img> makes, which cannot carry an Authorization header: the token rides in the
 * query (?token=). The page already holds the token; the host sends no-referrer, so it leaves
 * with no request to another site.
 */
export function checkQueryToken(url: URL, config: GuardConfig): ApiErrorBody | null {
  const given = url.searchParams.get('token');
  if (!given) return { code: 'unauthorized', message: 'a ?token= is required' };
  return sameToken(given, config.token) ? null : { code: 'unauthorized', message: 'the token is wrong' };
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
