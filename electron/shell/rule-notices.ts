// A rule's `notify` as a desktop notification (#18): one per ruleNotified event, however many
// articles it names, so a busy feed never floods the screen. Pure: main.ts shows it.
import type { EventPayload } from '../../shared/contract';

export function ruleNotice({ notifications }: EventPayload<'ruleNotified'>): { title: string; body: string } | null {
  const [first] = notifications;
  if (!first) return null;
  const rules = [...new Set(notifications.map((note) => note.rule).filter((rule): rule is string => rule !== null))];
  const title = rules.length === 1 ? `Rule “${rules[0]}”` : 'Your rules';
  if (notifications.length === 1) return { title, body: first.title };
  return { title, body: `${first.title} and ${notifications.length - 1} more` };
}
