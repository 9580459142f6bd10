// Runs the bundled CLI as a person or a script would, asynchronously, so a loopback server in the
// test's own process can still answer it. No default library: TIDINGS_HOME points nowhere.
import { spawn } from 'node:child_process';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `input`: what the command reads on standard input (a password with --password-stdin). */
export function tidings(args: readonly string[], input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/tidings.mjs', ...args], { env: { ...process.env, TIDINGS_HOME: '/nonexistent-home' } });
    if (input !== undefined) child.stdin.end(input);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** `tidings --db DB <args> --json` that must succeed quietly: its parsed output. */
export async function tidingsJson(db: string, args: readonly string[]): Promise<unknown> {
  const result = await tidings(['--db', db, ...args, '--json']);
  if (result.status !== 0 || result.stderr !== '') {
    throw new Error(`tidings ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  }
  return JSON.parse(result.stdout);
}
