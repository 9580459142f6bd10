// A rule's `notify`: the engine records a row per arriving article (rule_notifications, in the
// refresh's transaction); this tells them as the contract's `ruleNotified` event once a refresh
// turn lands, and marks them shown. Nobody listening (a CLI refresh): they wait for the app.
import type { Store } from '../store';
import type { CoreEvents } from '../events/emitter';

export class RuleNotifier {
  constructor(
    private readonly store: Store,
    private readonly events: CoreEvents,
  ) {}

  tell(): void {
    if (!this.events.listening) return;
    const pending = this.store.rules.pendingNotifications();
    if (pending.length === 0) return;
    const names = new Map(this.store.rules.list().map((rule) => [rule.id, rule.name]));
    this.store.rules.markShown(pending.map((note) => note.id));
    this.events.emit('ruleNotified', {
      notifications: pending.map((note) => ({ articleId: note.articleId, title: note.title, rule: note.ruleId === null ? null : (names.get(note.ruleId) ?? null) })),
    });
  }
}
