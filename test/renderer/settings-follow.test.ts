// Following settingsChanged (another window's change) without undoing this window's own quick run
// of changes: a read is made only when none of this window's saves is on its way, and its answer
// is dropped if a save began meanwhile.
import { describe, expect, it } from 'vitest';
import { SettingsFollower } from '../../renderer/api/use-settings-follow';
import { defaultSettings, type Settings } from '../../shared/settings';

function follower() {
  const reads: Array<(settings: Settings) => void> = [];
  const applied: Settings['theme'][] = [];
  const follow = new SettingsFollower(
    () => new Promise<Settings>((resolve) => reads.push(resolve)),
    (settings) => void applied.push(settings.theme),
  );
  return { follow, reads, applied };
}

const stored = (theme: Settings['theme']): Settings => ({ ...defaultSettings, theme });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('following settings changed elsewhere', () => {
  it('applies a change made in another window', async () => {
    const { follow, reads, applied } = follower();
    follow.changedElsewhere();
    reads[0]?.(stored('dark'));
    await settle();
    expect(applied).toEqual(['dark']);
  });

  it('reads nothing while this window’s saves are on their way, and once after the last lands', async () => {
    const { follow, reads, applied } = follower();
    const first = follow.saving();
    const second = follow.saving();
    follow.changedElsewhere();
    first();
    expect(reads).toHaveLength(0);
    second();
    expect(reads).toHaveLength(1);
    reads[0]?.(stored('light'));
    await settle();
    expect(applied).toEqual(['light']);
  });

  it('drops an answer read before this window began another save, which would flash an older value back', async () => {
    const { follow, reads, applied } = follower();
    follow.changedElsewhere();
    const saved = follow.saving();
    reads[0]?.(stored('dark'));
    await settle();
    expect(applied).toEqual([]);
    saved();
    reads[1]?.(stored('light'));
    await settle();
    expect(applied).toEqual(['light']);
  });
});
