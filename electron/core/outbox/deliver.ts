// One attempt to deliver one outbox entry to its webhook, and what it means for the entry:
// 2xx delivered; a network failure, a timeout, 408, 429 or 5xx worth another try (429 and 503 when
// the target says); any other answer refused for good, with the reason kept.
import type { ShareTarget } from '../../../shared/sharing';
import { parseRetryAfter, userAgent } from '../fetch/http';
import { httpPost, type PostResponse } from '../fetch/http-post';
import type { OutboxRow } from '../store';

export type Attempt =
  | { kind: 'delivered' }
  | { kind: 'retry'; error: string; retryAt: number | null }
  | { kind: 'failed'; error: string };

export async function attemptDelivery(
  row: OutboxRow,
  target: ShareTarget | undefined,
  options: { timeoutMs: number; signal?: AbortSignal },
): Promise<Attempt> {
  if (!target) return { kind: 'failed', error: `the share target "${row.target_id}" is no longer in settings` };
  if (target.kind !== 'webhook' || !target.url) {
    return { kind: 'failed', error: `the share target "${target.name}" is not a webhook` };
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    accept: 'application/json, */*;q=0.5',
    'user-agent': userAgent,
    'idempotency-key': row.idempotency_key,
  };
  if (target.headerName && target.headerValue !== undefined) headers[target.headerName.toLowerCase()] = target.headerValue;
  let response: PostResponse;
  try {
    response = await httpPost(new URL(target.url), row.payload, {
      headers,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    return { kind: 'retry', error: networkReason(error), retryAt: null };
  }
  return classify(response);
}

function classify(response: PostResponse): Attempt {
  const { status } = response;
  if (status >= 200 && status < 300) return { kind: 'delivered' };
  const reason = `HTTP ${status}${response.bodyStart.trim() ? `: ${oneLine(response.bodyStart)}` : ''}`;
  if (status === 408 || status === 429 || status >= 500) {
    const retryAfter = status === 429 || status === 503 ? header(response, 'retry-after') : null;
    return { kind: 'retry', error: reason, retryAt: parseRetryAfter(retryAfter) };
  }
  if (status >= 300 && status < 400) return { kind: 'failed', error: `${reason} (redirects are not followed)` };
  return { kind: 'failed', error: reason };
}

function header(response: PostResponse, name: string): string | null {
  const value = response.headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as Error & { code?: string }).code;
  return code && !error.message.includes(code) ? `${code}: ${error.message}` : error.message;
}
