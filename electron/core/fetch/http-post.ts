// One POST on node:http(s), for webhooks: no redirects followed, a deadline for the whole exchange,
// and only the start of the answer kept (enough to say why a target refused). A fresh connection
// each time: webhooks are rare, and a kept-alive socket to a server that went away would only fail.
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  signal?: AbortSignal;
}

export interface PostResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The first few KiB of the body, as text. */
  bodyStart: string;
}

export class PostError extends Error {
  override name = 'PostError';
}

const keptBytes = 4096;

export function httpPost(url: URL, body: string, options: PostOptions): Promise<PostResponse> {
  return new Promise<PostResponse>((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const payload = Buffer.from(body, 'utf8');
    let settled = false;
    const finish = (error: Error | null, response?: PostResponse): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (error) {
        request.destroy();
        reject(error);
      } else resolve(response as PostResponse);
    };
    const onAbort = (): void => finish(new PostError('aborted'));
    const request = client.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { ...options.headers, 'content-length': String(payload.length) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < keptBytes) {
            chunks.push(chunk);
            kept += chunk.length;
          }
        });
        response.on('end', () =>
          finish(null, {
            status: response.statusCode ?? 0,
            headers: response.headers,
            bodyStart: Buffer.concat(chunks).subarray(0, keptBytes).toString('utf8'),
          }),
        );
        response.on('error', (error) => finish(error));
      },
    );
    request.on('error', (error) => finish(error));
    const timer = setTimeout(() => finish(new PostError(`timed out after ${options.timeoutMs} ms`)), options.timeoutMs);
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    request.end(payload);
  });
}
