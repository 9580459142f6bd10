// Following settingsChanged without racing this window's own changes. Every updateSettings call is
// followed by a settingsChanged, from this window as from any other; reading the settings on it while
// this window still has saves queued could answer an older value than the one on show (typed
// quickly: theme dark, then light, the read lands between the two saves) and flip it back. So a
// read is asked only when none of this window's saves is on its way, and its answer is used only if
// none started meanwhile (then it is asked again once the saves land), and an event heard while
// saving is read once the last save lands. A change
// from elsewhere made within this window's burst is thereby seen after it, never lost.
import type { Settings } from '../../shared/settings';

export class SettingsFollower {
  private saves = 0;
  /** Moves on each save begun: an answer read before it is stale. */
  private generation = 0;
  private missed = false;

  constructor(
    private readonly read: () => Promise<Settings>,
    private readonly apply: (settings: Settings) => void,
  ) {}

  /** A save begins; call what it answers when it has landed (failed or not). */
  saving(): () => void {
    this.saves += 1;
    this.generation += 1;
    return () => {
      this.saves -= 1;
      if (this.saves === 0 && this.missed) this.changedElsewhere();
    };
  }

  /** settingsChanged was heard. */
  changedElsewhere(): void {
    if (this.saves > 0) {
      this.missed = true;
      return;
    }
    this.missed = false;
    const asked = this.generation;
    this.read().then(
      (stored) => {
        if (asked === this.generation && this.saves === 0) this.apply(stored);
        else if (this.saves > 0) this.missed = true;
        else this.changedElsewhere();
      },
      () => undefined,
    );
  }
}
