// A real webhook receiver on loopback: counts the POSTs it gets and answers as told. It can be
// given a port that was closed a moment ago, to play a target that was down and came back up.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedPost {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Answer = { status: number; headers?: Record<string, string>; body?: string };

export class WebhookServer {
  readonly received: ReceivedPost[] = [];
  private server: Server | null = null;

  constructor(private answer: (post: ReceivedPost, index: number) => Answer = () => ({ status: 200 })) {}

  answerWith(answer: (post: ReceivedPost, index: number) => Answer): void {
    this.answer = answer;
  }

  async start(port = 0): Promise<number> {
    this.server = createServer((request, response) => {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (body += chunk));
      request.on('end', () => {
        const post = { path: request.url ?? '/', headers: request.headers, body };
        if (request.method === 'POST') this.received.push(post);
        const answer = this.answer(post, this.received.length - 1);
        response.writeHead(answer.status, { 'content-type': 'text/plain', ...answer.headers }).end(answer.body ?? '');
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(port, '127.0.0.1', () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A loopback port nothing listens on (taken from the OS, then let go). */
export async function closedPort(): Promise<number> {
  const probe = new WebhookServer();
  const port = await probe.start();
  await probe.stop();
  return port;
}
