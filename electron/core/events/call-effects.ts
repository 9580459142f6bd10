// Which calls write, and what each changes: the core tells every window after the call answers.
// Calls not named here only read. A refresh is told by its turns, not here (live-library.ts).
import type { CallName, CallOutput, HandlerInput } from '../../../shared/contract';
import type { Change } from './change';

type Effects = { [K in CallName]?: (input: HandlerInput<K>, output: CallOutput<K>) => Change };

const subscriptions = (): Change => ({ subscriptions: true });
const oneArticle = (input: { articleId: number }): Change => ({ articles: [input.articleId] });

export const callEffects: Effects = {
  addFeed: (_input, feed) => ({ subscriptions: true, feeds: [feed.id] }),
  removeFeed: (input) => ({ subscriptions: true, feeds: [input.feedId] }),
  setRead: (input) => ({ articles: input.articleIds }),
  setStarred: oneArticle,
  setLiked: oneArticle,
  setNote: oneArticle,
  labelArticle: (input) => ({ subscriptions: true, articles: [input.articleId] }),
  renameLabel: subscriptions,
  deleteLabel: subscriptions,
  markAllRead: () => ({}),
  undoMarkAllRead: () => ({}),
  renameFeed: subscriptions,
  moveFeed: subscriptions,
  renameFolder: subscriptions,
  updateSettings: () => ({ settings: true }),
  importLibrary: () => ({ everything: true }),
  loadFullText: oneArticle,
  setFeedFullText: subscriptions,
  setFeedRetention: subscriptions,
  shareArticle: (input) => ({ articles: [input.articleId], outbox: true }),
  unshareArticle: (input) => ({ articles: [input.articleId], outbox: true }),
  retryOutbox: () => ({ outbox: true }),
  cancelOutbox: () => ({ outbox: true }),
  // Sync accounts bring and take feeds, folders and articles; a sync may change any of them.
  addAccount: () => ({ everything: true }),
  removeAccount: () => ({ everything: true }),
  syncNow: () => ({ everything: true }),
  addAccountFeed: subscriptions,
  // A new token changes only the account (its error goes): an empty change still tells every window.
  reauthAccount: () => ({}),
  saveSearch: subscriptions,
  renameSavedSearch: subscriptions,
  deleteSavedSearch: subscriptions,
  // Rules: saving one changes nothing stored; applying one or restoring hidden articles may change any article.
  addRule: () => ({ settings: true }),
  updateRule: () => ({ settings: true }),
  removeRule: () => ({ settings: true }),
  moveRule: () => ({ settings: true }),
  applyRule: () => ({ everything: true }),
  restoreHidden: () => ({ everything: true }),
};
