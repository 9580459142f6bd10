// Why a feed failed, in words a person can act on. The core records a stage and a technical
// message (Node's error codes, HTTP statuses, the parser's complaint); the CLI and the UI both show
// this instead, and keep the technical message for whoever wants it.
import type { ErrorStage } from './model';

interface Rule {
  test: RegExp;
  reason: string | ((match: RegExpExecArray) => string);
}

/** Fetch failures, most specific first; matched against the recorded message. */
const fetchRules: readonly Rule[] = [
  { test: /ENOTFOUND|EAI_AGAIN|getaddrinfo/i, reason: 'the site could not be found (DNS)' },
  { test: /ECONNREFUSED/i, reason: 'the server refused the connection (nothing is listening there)' },
  { test: /ECONNRESET|socket hang up|EPIPE/i, reason: 'the server closed the connection' },
  { test: /EHOSTUNREACH|ENETUNREACH|ENETDOWN/i, reason: 'the site cannot be reached from this network' },
  { test: /timed out|no connection within|ETIMEDOUT/i, reason: 'the server took too long' },
  { test: /CERT|certificate|SSL|TLS|EPROTO|wrong version number/i, reason: 'the secure connection failed (certificate or TLS)' },
  { test: /\baborted\b|cancell?ed/i, reason: 'cancelled' },
  { test: /larger than \d+ bytes/i, reason: 'the feed is too large' },
  { test: /redirect loop|more than \d+ redirects/i, reason: 'the server redirects in circles' },
  { test: /unsupported URL scheme/i, reason: 'this is not a web address (http or https)' },
  { test: /HTTP (410)\b/, reason: 'the server says the feed is gone for good (410)' },
  { test: /HTTP (404)\b/, reason: 'the server says the feed is gone (404)' },
  { test: /HTTP (401|403)\b/, reason: (m) => `the server refuses to show the feed without permission (${m[1]})` },
  { test: /HTTP (429)\b/, reason: 'the server asks us to come back later (429)' },
  { test: /HTTP (5\d\d)\b/, reason: (m) => `the server had a problem (${m[1]})` },
  { test: /HTTP (\d{3})\b/, reason: (m) => `the server answered with an error (${m[1]})` },
];

const parseRules: readonly Rule[] = [
  { test: /\bimage\b/i, reason: 'this is an image, not a feed' },
  { test: /web page|<html>|\bhtml\b/i, reason: 'this is a web page, not a feed' },
  { test: /neither XML nor JSON/i, reason: 'this is not a feed (neither XML nor JSON)' },
];

/** The reason a feed failed, in plain words, from the stage and the message recorded for it. */
export function plainReason(stage: ErrorStage, message: string): string {
  const rules = stage === 'fetch' ? fetchRules : stage === 'parse' ? parseRules : [];
  for (const rule of rules) {
    const match = rule.test.exec(message);
    if (match) return typeof rule.reason === 'string' ? rule.reason : rule.reason(match);
  }
  if (stage === 'parse') return 'the feed could not be read (it is not valid RSS, Atom or JSON Feed)';
  if (stage === 'store') return 'the library could not save it';
  return 'the feed could not be fetched';
}
