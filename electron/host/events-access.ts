// Who may read GET /api/events: the same pages that may call. A browser's EventSource cannot send
// the Authorization header, and a token in its URL would leak (logs, devtools), so — as for kept
// images (guard.ts) — each call that carried the token also sets a cookie holding a capability
// derived from the token that opens the event stream and nothing else. A reader that can send
// headers (tests, scripts) may send the token itself.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { ApiErrorBody } from '../../shared/errors';
import { eventsHttpPath } from '../../shared/contract';
import { checkToken, type GuardConfig } from './guard';

function eventsCapability(config: GuardConfig): string {
  return createHmac('sha256', config.token).update('tidings: live events only').digest('hex');
}

/** Named with the port: cookies are not kept apart by port, and two hosts on 127.0.0.1 must not clash. */
const cookieName = (config: GuardConfig): string => `tidings-events-${config.port}`;

export function eventsCookie(config: GuardConfig): string {
  return `${cookieName(config)}=${eventsCapability(config)}; Path=${eventsHttpPath}; HttpOnly; SameSite=Strict`;
}

export function checkEventsAccess(request: IncomingMessage, config: GuardConfig): ApiErrorBody | null {
  if (request.headers.authorization) return checkToken(request, config);
  const name = cookieName(config);
  const given = (request.headers.cookie ?? '')
    .split(';')
    .map((pair) => pair.trim())
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
  if (!given) return { code: 'unauthorized', message: 'the live events are served to the page that holds the token only' };
  const a = Buffer.from(given);
  const b = Buffer.from(eventsCapability(config));
  return a.length === b.length && timingSafeEqual(a, b) ? null : { code: 'unauthorized', message: 'the events key is wrong' };
}
