// Starts feedfarm.mjs (the loopback feed farm, a copy of the one the project's shared tools hold, so
// the bench runs in a clone with nothing beside it) and stops it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface Farm {
  port: number;
  urls(): Promise<string[]>;
  stats(): Promise<Record<string, number>>;
  stop(): void;
}

// From the repository's root, where the bench and the tests run: the bench itself runs bundled from dist/.
export const farmScript = resolve(process.cwd(), 'test', 'bench', 'feedfarm.mjs');

export async function startFarm(args: { feeds: number; items: number; latency: number; hosts: number }): Promise<Farm> {
  if (!existsSync(farmScript)) throw new Error(`feed farm not found at ${farmScript}`);
  const child: ChildProcess = spawn(process.execPath, [
    farmScript,
    '--feeds', String(args.feeds),
    '--items', String(args.items),
    '--latency', String(args.latency),
    '--hosts', String(args.hosts),
  ]);
  const port = await new Promise<number>((resolvePort, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /PORT (\d+)/.exec(buffered);
      if (match) resolvePort(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`feed farm exited with ${code}`)));
  });
  const get = async (path: string): Promise<Response> => fetch(`http://127.0.0.1:${port}${path}`);
  return {
    port,
    urls: async () => (await (await get('/urls')).text()).trim().split('\n'),
    stats: async () => (await (await get('/stats')).json()) as Record<string, number>,
    stop: () => void child.kill('SIGTERM'),
  };
}
