// Shows the one dialog, menu or picker that is open (open-dialog.ts lists them), wired to the
// reader's actions.
import type { Tidings } from '../api/use-tidings';
import { KeepDialog } from '../keeping/KeepDialog';
import { LibraryDialog } from '../library/LibraryDialog';
import { articleMenuItems, type ArticleMenuActions } from '../panes/article-list/article-menu';
import { menuItems, type MenuActions } from '../panes/sidebar/subscription-menu';
import type { MenuTarget } from '../panes/sidebar/SubscriptionTree';
import { OutboxDialog } from '../sharing/OutboxDialog';
import { ShareDialog } from '../sharing/ShareDialog';
import { Menu } from '../ui/Menu';
import { ConfirmDialog } from './ConfirmDialog';
import { FeedRetentionDialog } from './FeedRetentionDialog';
import { HelpOverlay } from './HelpOverlay';
import type { Dialogs } from './open-dialog';
import { Picker } from './Picker';
import { PromptDialog } from './PromptDialog';
import { SettingsDialog } from './SettingsDialog';
import { MuteWordDialog, RuleEditorDialog } from '../rules/RuleDialogs';

interface Props {
  dialogs: Dialogs;
  tidings: Tidings;
  menuActions: (target: MenuTarget) => MenuActions;
  articleMenuActions: ArticleMenuActions;
}

export function DialogHost({ dialogs, tidings, menuActions, articleMenuActions }: Props) {
  const { open, close, show } = dialogs;
  const { actions, settings, library } = tidings;
  const openLibrary = () => show({ kind: 'library' });
  const openOutbox = () => show({ kind: 'outbox' });
  switch (open?.kind) {
    case 'help':
      return <HelpOverlay onClose={close} />;
    case 'settings':
      return (
        <SettingsDialog
          settings={settings}
          onChange={actions.updateSettings}
          onClose={close}
          onLibrary={openLibrary}
          onOutbox={openOutbox}
          onPublishShared={tidings.sharing.publish}
          accounts={tidings.accounts}
        />
      );
    case 'share':
      return (
        <ShareDialog
          title={open.article.title}
          note={open.note}
          targets={settings.shareTargets}
          onShare={(note, targets) => void tidings.sharing.share(open.article, { note, targets })}
          onClose={close}
        />
      );
    case 'outbox':
      return <OutboxDialog report={tidings.report} onClose={close} />;
    case 'library':
      return <LibraryDialog state={tidings.imports} onClose={close} />;
    case 'pick':
      return <Picker title={open.title} placeholder={open.placeholder} items={open.items} onPick={actions.selectScope} onClose={close} />;
    case 'prompt':
      return <PromptDialog prompt={open.prompt} onClose={close} />;
    case 'menu':
      return (
        <Menu
          label={open.target.kind === 'feed' ? `Actions for ${open.target.feed.title}` : `Actions for ${open.target.folder.name}`}
          anchor={open.anchor}
          onClose={close}
          items={menuItems(open.target, menuActions(open.target))}
        />
      );
    case 'article-menu':
      return (
        <Menu
          label={`Actions for ${open.article.title || '(untitled)'}`}
          anchor={open.anchor}
          onClose={close}
          items={articleMenuItems(open.article, articleMenuActions)}
        />
      );
    case 'retention':
      return (
        <FeedRetentionDialog
          feed={open.feed}
          globalDays={settings.retentionDays}
          onSave={(retention) => actions.setFeedRetention(open.feed, retention)}
          onClose={close}
        />
      );
    case 'rule':
      return <RuleEditorDialog draft={open.draft} onClose={close} />;
    case 'mute':
      return <MuteWordDialog word={open.word} onClose={close} onMuted={actions.notify} />;
    case 'confirm-read':
      return (
        <ConfirmDialog
          title="Mark all as read"
          message={open.message}
          confirmLabel="Mark as read"
          onConfirm={() => actions.markScopeRead(open.olderThanDays, open.scope)}
          onClose={close}
        />
      );
    case 'keep':
      return (
        <KeepDialog
          editor={open.editor}
          keeping={tidings.keeping}
          labels={library?.labels ?? []}
          opened={tidings.article}
          loadArticle={actions.loadBody}
          onClose={close}
        />
      );
    default:
      return null;
  }
}
