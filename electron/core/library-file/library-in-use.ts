// Which processes have a library open, so that nothing replaces the file under one of them (a
// restore would leave it writing into the file moved aside: two live copies). Each process that
// opens the library leaves a small note beside it, `<library>.in-use-<pid>`, saying what it is and
// how to stop it, and removes it when it closes. A note whose process is gone (killed, crashed) is
// stale: it is recognised by its pid no longer running — or, on Linux, running but started at
// another time (a reused pid) — and removed, so it never blocks anything.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { TidingsError } from '../../../shared/errors';

export interface LibraryUse {
  /** What has the library open, in words: "tidings serve", "the Tidings app". */
  what: string;
  /** How a person stops it: "press Ctrl+C where it runs". */
  stop: string;
  /** It is replacing the file (a restore): nobody else may open the library meanwhile. */
  replacing?: boolean;
}

export interface LibraryUser extends LibraryUse {
  pid: number;
  host: string;
  since: string;
  /** The process's start time in clock ticks since boot (Linux), to tell a reused pid. */
  startTicks: string | null;
}

const notePrefix = (file: string): string => `${basename(file)}.in-use-`;
const noteFile = (file: string, pid: number): string => join(dirname(file), `${notePrefix(file)}${pid}`);

/** This process's uses, counted: cores opened and closed in one process share one note. */
const held = new Map<string, number>();

/** Leaves the note (best effort: a read-only folder cannot hold one, and nothing there can be replaced either). */
export function markInUse(file: string, use: LibraryUse): { release(): void } {
  if (file === ':memory:') return { release: () => undefined };
  const note = noteFile(file, process.pid);
  const count = held.get(note) ?? 0;
  held.set(note, count + 1);
  if (count === 0 || use.replacing) {
    const user: LibraryUser = { ...use, pid: process.pid, host: hostname(), since: new Date().toISOString(), startTicks: startTicksOf(process.pid) };
    try {
      writeFileSync(note, `${JSON.stringify(user)}\n`);
    } catch {
      // Not writable here: the library cannot be replaced by anyone either.
    }
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      const left = (held.get(note) ?? 1) - 1;
      if (left > 0) return void held.set(note, left);
      held.delete(note);
      rmSync(note, { force: true });
    },
  };
}

/** The other processes that have the library open now; stale notes are removed on the way. */
export function otherUsers(file: string): LibraryUser[] {
  const dir = dirname(file);
  const prefix = notePrefix(file);
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)));
  } catch {
    return [];
  }
  const users: LibraryUser[] = [];
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (pid === process.pid) continue;
    const user = readNote(join(dir, name));
    if (user && isRunning(user)) users.push(user);
    else rmSync(join(dir, name), { force: true });
  }
  return users;
}

function readNote(path: string): LibraryUser | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<LibraryUser>;
    if (typeof parsed.pid !== 'number' || typeof parsed.what !== 'string') return null;
    return {
      pid: parsed.pid,
      what: parsed.what,
      stop: typeof parsed.stop === 'string' ? parsed.stop : `end process ${parsed.pid}`,
      replacing: parsed.replacing === true,
      host: typeof parsed.host === 'string' ? parsed.host : hostname(),
      since: typeof parsed.since === 'string' ? parsed.since : '',
      startTicks: typeof parsed.startTicks === 'string' ? parsed.startTicks : null,
    };
  } catch {
    return null; // half written by a process that died at that moment
  }
}

function isRunning(user: LibraryUser): boolean {
  // A process on another machine sharing the folder cannot be checked from here: assume it runs.
  if (user.host !== hostname()) return true;
  try {
    process.kill(user.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const ticks = startTicksOf(user.pid);
  return ticks === null || user.startTicks === null || ticks === user.startTicks;
}

/** Field 22 of /proc/<pid>/stat; null where there is no /proc. */
function startTicksOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses; the fields after its last ")" are plain.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function describe(user: LibraryUser): string {
  const where = user.host === hostname() ? '' : ` on ${user.host}`;
  return `${user.what} (process ${user.pid}${where})`;
}

/** Refuses to replace the library while another process has it open: says which, and how to stop it. */
export function refuseWhileInUse(file: string, doing: string): void {
  const users = otherUsers(file);
  if (users.length === 0) return;
  const who = users.map(describe).join(' and ');
  const how = users.map((user) => user.stop).join('; ');
  throw new TidingsError('conflict', `cannot ${doing}: ${file} is open in ${who}. Stop it first (${how}), then try again. Nothing was changed.`);
}

/** Refuses to open the library while another process is replacing it. */
export function refuseWhileReplaced(file: string): void {
  const replacing = otherUsers(file).find((user) => user.replacing);
  if (replacing) throw new TidingsError('conflict', `${file} is being replaced by ${describe(replacing)}; try again when it has finished`);
}
