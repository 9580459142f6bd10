// store.settings: the person's settings, read once per change of the file.
import type { Settings } from '../../../shared/settings';
import type { Db } from './database';
import { readSettingRows, settingsFromRows, writeSettings } from './settings';

export class SettingsTable {
  private read: { version: number; rows: string; settings: Settings } | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Read on every feed a refresh stores (retention) and by background work, so parsed once and kept
   * until this connection writes them or another connection (the CLI, a second host) commits: SQLite's
   * data_version says so for the price of a pragma. Another connection's commit is nearly always
   * not about settings (the store worker commits every few feeds while the main thread asks after
   * each one): the rows are then read and compared as text, and checked again only if they moved
   * (about a tenth of the ~100 µs a full check costs).
   */
  get(): Settings {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.read?.version === version) return this.read.settings;
    const rows = readSettingRows(this.db);
    const text = JSON.stringify(rows);
    if (this.read?.rows === text) this.read.version = version;
    else this.read = { version, rows: text, settings: Object.freeze(settingsFromRows(rows)) };
    return this.read.settings;
  }

  update(changes: Partial<Settings>): Settings {
    this.db.transaction(() => writeSettings(this.db, changes))();
    this.read = null;
    return this.get();
  }
}
