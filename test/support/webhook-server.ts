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

/**
 * A loopback port nothing listens on. Not one the OS hands out: a port let go in Linux's ephemeral
 * range (32768–60999) can be given at once to another test file's server or outgoing connection,
 * and a share meant to be refused would then reach it.
 */
export async function closedPort(): Promise<number> {
  for (;;) {
    const port = 20_000 + Math.floor(Math.random() * 10_000);
    const probe = new WebhookServer();
    try {
      await probe.start(port);
    } catch {
      continue; // taken: try another
    }
    await probe.stop();
    return port;
  }
}
