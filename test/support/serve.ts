// `tidings serve` as a second process, as a person runs it in another terminal: started on a
// library, ready once it prints where it listens, stopped with a signal like Ctrl+C (or killed).
import { spawn, type ChildProcess } from 'node:child_process';

export interface RunningServe {
  child: ChildProcess;
  url: string;
  /** Sends the signal and waits for the process to end. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export function startServe(db: string, extra: readonly string[] = []): Promise<RunningServe> {
  const child = spawn(process.execPath, ['bin/tidings.mjs', '--db', db, 'serve', '--port', '0', '--no-auto-refresh', ...extra], {
    env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' },
  });
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await ended;
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const listening = /^Listening on (\S+)$/m.exec(stdout);
      if (listening?.[1]) resolve({ child, url: listening[1], stop });
    });
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`tidings serve exited ${code} before listening: ${stderr}`)));
  });
}
