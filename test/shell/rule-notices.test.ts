// A rule's `notify` as the desktop notification the shell shows for a ruleNotified event (#18).
import { describe, expect, it } from 'vitest';
import { ruleNotice } from '../../electron/shell/rule-notices';

describe('rule notices', () => {
  it('names the rule and the article; several articles are one notification', () => {
    expect(ruleNotice({ notifications: [{ articleId: 1, title: 'Lighthouse reopens', rule: 'tell me' }] })).toEqual({
      title: 'Rule “tell me”',
      body: 'Lighthouse reopens',
    });
    expect(
      ruleNotice({
        notifications: [
          { articleId: 1, title: 'Lighthouse reopens', rule: 'tell me' },
          { articleId: 2, title: 'Ferry strike', rule: 'ferries' },
        ],
      }),
    ).toEqual({ title: 'Your rules', body: 'Lighthouse reopens and 1 more' });
    expect(ruleNotice({ notifications: [] })).toBeNull();
  });
});
