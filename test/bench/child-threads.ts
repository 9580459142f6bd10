// A child process's CPU by thread, read from /proc/<pid>/task while it runs (Linux): the command
// bench runs `tidings refresh` in a process of its own and says where its CPU went. Worker threads
// name themselves (workers/thread-name.ts); V8's helper threads (the optimizing compiler, the
// collector's parallel tasks) and libuv's pool keep the name "node". A thread's CPU after its last
// sample is missed (each is sampled every few milliseconds until it ends), so the groups add up to
// a little less than the process's own total.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ThreadGroups {
  main: number;
  /** CPU ms of each parse worker, busiest first. */
  parse: number[];
  store: number;
  /** Every other thread: V8's helpers and libuv's pool (and any other worker). */
  helpers: number;
}

export interface SampledRun {
  status: number | null;
  stdout: string;
  stderr: string;
  ms: number;
  threads: ThreadGroups | null;
}

const SAMPLE_EVERY_MS = 10;

export function runSampled(command: string, args: readonly string[]): Promise<SampledRun> {
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const seen = new Map<number, { name: string; ms: number }>();
  const sample = (): void => sampleThreads(child.pid, seen);
  const timer = setInterval(sample, SAMPLE_EVERY_MS);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // 'close', not 'exit': at 'exit' the pipes may still hold output not yet read (the bench once
    // parsed an empty stdout from a command that had printed its result).
    child.once('close', (status) => {
      clearInterval(timer);
      const ms = performance.now() - started;
      resolve({ status, stdout, stderr, ms, threads: seen.size > 0 && child.pid ? group(child.pid, seen) : null });
    });
  });
}

function sampleThreads(pid: number | undefined, seen: Map<number, { name: string; ms: number }>): void {
  if (!pid) return;
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return; // not Linux, or the process has ended
  }
  for (const task of tasks) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      // Fields after the name's closing parenthesis: utime and stime are the 12th and 13th, in ticks of 10 ms.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      const known = seen.get(Number(task));
      // A worker names itself a moment after it starts: keep the name it took.
      seen.set(Number(task), { name: known && name === 'node' ? known.name : name, ms });
    } catch {
      // The thread ended between the listing and the read.
    }
  }
}

function group(pid: number, seen: Map<number, { name: string; ms: number }>): ThreadGroups {
  const groups: ThreadGroups = { main: 0, parse: [], store: 0, helpers: 0 };
  for (const [tid, { name, ms }] of seen) {
    if (tid === pid) groups.main += ms;
    else if (name === 'tidings-parse') groups.parse.push(ms);
    else if (name === 'tidings-store') groups.store += ms;
    else groups.helpers += ms;
  }
  groups.parse.sort((a, b) => b - a);
  return groups;
}

export function threadText(threads: ThreadGroups | null): string {
  if (!threads) return 'threads not sampled';
  const seconds = (ms: number): string => (ms / 1000).toFixed(2);
  return (
    `main ${seconds(threads.main)}, parse ${threads.parse.map(seconds).join(' + ') || '0'}, ` +
    `store ${seconds(threads.store)}, V8/libuv ${seconds(threads.helpers)} s`
  );
}
