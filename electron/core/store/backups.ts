// Backups of the library file: automatic daily ones (7 daily and 4 weekly kept), one before every
// migration, and restoring from any of them. Each is a complete SQLite file a person can open.
import Database from 'better-sqlite3';
import { isDamage } from './storage-errors';
import { existsSync, readdirSync, renameSync, rmSync, statSync, copyFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Db } from './database';
import { keepPrivate, makePrivateFolder } from './file-modes';

export function backupsDir(dbFile: string): string {
  return join(dirname(dbFile), 'backups');
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const stamp = (ms: number): string => new Date(ms).toISOString().replace(/[:.]/g, '-');

/** Synchronous and consistent (a read transaction), for the moment before a migration changes the file. */
export function backupBeforeMigration(db: Db, dbFile: string, fromVersion: number, now = Date.now()): string {
  makePrivateFolder(backupsDir(dbFile));
  const target = join(backupsDir(dbFile), `tidings-before-schema-${fromVersion + 1}-${stamp(now)}.db`);
  db.prepare('VACUUM INTO ?').run(target);
  keepPrivate(target);
  return target;
}

export interface DailyBackup {
  file: string | null;
  removed: string[];
}

/** Today's backup if there is none yet (SQLite's online backup: the app keeps running), then rotation. */
export async function dailyBackup(db: Db, dbFile: string, now = Date.now()): Promise<DailyBackup> {
  const dir = backupsDir(dbFile);
  makePrivateFolder(dir);
  const target = join(dir, `tidings-${day(now)}.db`);
  let file: string | null = null;
  if (!existsSync(target)) {
    const partial = `${target}.partial`;
    await db.backup(partial);
    keepPrivate(partial);
    // Renamed into place only when complete, so a crash never leaves a half backup under a good name.
    renameSync(partial, target);
    file = target;
  }
  return { file, removed: rotate(dir) };
}

/** Keeps the 7 newest daily backups and the newest of each of the 4 weeks before them. */
export function rotate(dir: string): string[] {
  const daily = readdirSync(dir)
    .filter((name) => /^tidings-\d{4}-\d{2}-\d{2}\.db$/.test(name))
    .sort()
    .reverse();
  const keep = new Set(daily.slice(0, 7));
  const weeks = new Set<string>();
  for (const name of daily.slice(7)) {
    const week = isoWeek(name.slice(8, 18));
    if (weeks.size < 4 && !weeks.has(week)) {
      weeks.add(week);
      keep.add(name);
    }
  }
  const removed = daily.filter((name) => !keep.has(name));
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

function isoWeek(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const dayOfWeek = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - dayOfWeek + 3);
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const week = 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${d.getUTCFullYear()}-W${week}`;
}

/** Whether a file is a readable, undamaged SQLite database. */
export function isHealthy(file: string, nativeBinding?: string): boolean {
  try {
    return checkHealth(file, nativeBinding) === 'ok';
  } catch {
    return false;
  }
}

/**
 * Whether SQLite finds the file sound. Only damage answers "damaged"; a file that cannot be read
 * for another reason (locked, no permission, a failing disk) throws, so that nobody mistakes it
 * for a broken library and sets it aside.
 */
export function checkHealth(file: string, nativeBinding?: string): 'ok' | 'damaged' {
  let db: Database.Database | null = null;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'ok' : 'damaged';
  } catch (error) {
    if (isDamage(error)) return 'damaged';
    throw error;
  } finally {
    db?.close();
  }
}

/** Every backup, newest first. */
export function listBackups(dbFile: string): string[] {
  const dir = backupsDir(dbFile);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.db'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
}

/** Moves the library (and its WAL) aside under a dated name; answers the new name. */
export function setAside(dbFile: string, why: string, now = Date.now()): string {
  const aside = join(dirname(dbFile), `${basename(dbFile)}.${why}-${stamp(now)}`);
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbFile + suffix)) renameSync(dbFile + suffix, aside + suffix);
  }
  return aside;
}

/** Puts a backup in the library's place; the current library is kept aside, never deleted. */
export function restoreFrom(backup: string, dbFile: string, now = Date.now()): { keptAside: string | null } {
  const keptAside = existsSync(dbFile) ? setAside(dbFile, 'before-restore', now) : null;
  copyFileSync(backup, dbFile);
  return { keptAside };
}
