// store.settings: the person's settings, read once per change of the file.
import type { Settings } from '../../../shared/settings';
import type { Db } from './database';
import { readSettings, writeSettings } from './settings';

export class SettingsTable {
  private read: { version: number; settings: Settings } | null = null;

  constructor(private readonly db: Db) {}

  /**
   * Read on every feed a refresh stores (retention) and by background work, so parsed once and kept
   * until this connection writes them or another connection (the CLI, a second host) commits: SQLite's
   * data_version says so for the price of a pragma.
   */
  get(): Settings {
    const version = this.db.pragma('data_version', { simple: true }) as number;
    if (this.read?.version !== version) this.read = { version, settings: Object.freeze(readSettings(this.db)) };
    return this.read.settings;
  }

  update(changes: Partial<Settings>): Settings {
    this.db.transaction(() => writeSettings(this.db, changes))();
    this.read = null;
    return this.get();
  }
}
