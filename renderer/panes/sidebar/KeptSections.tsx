// Below the subscriptions: the person's labels (each a view of its articles, with a menu to rename
// or delete it) and the inactive feeds, which are no longer refreshed but still hold kept articles.
import { useState } from 'react';
import type { ArticleScope, FeedSummary, LabelSummary } from '../../../shared/model';
import { PromptDialog } from '../../dialogs/PromptDialog';
import { useKeepingActions } from '../../keeping/keeping-context';
import { Icon } from '../../ui/Icon';
import { Menu, type MenuAnchor } from '../../ui/Menu';
import { FeedAvatar } from './FeedAvatar';
import { ScopeButton } from './ScopeButton';

interface Props {
  labels: readonly LabelSummary[];
  inactiveFeeds: readonly FeedSummary[];
  activeKey: string;
  cursorKey: string | null;
  onSelect: (scope: ArticleScope) => void;
}

type Open = { kind: 'menu'; label: LabelSummary; anchor: MenuAnchor } | { kind: 'rename'; label: LabelSummary } | null;

export function KeptSections({ labels, inactiveFeeds, activeKey, cursorKey, onSelect }: Props) {
  const keeping = useKeepingActions();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      {labels.length > 0 ? (
        <>
          <h2 className="tree-heading">Labels</h2>
          <ul className="tree-level labels" aria-label="Labels">
            {labels.map((label) => {
              const key = `label:${label.id}`;
              return (
                <li key={key}>
                  <ScopeButton
                    title={label.name}
                    count={label.count}
                    countNoun={label.count === 1 ? 'article' : 'articles'}
                    active={activeKey === key}
                    cursor={cursorKey === key}
                    icon={<Icon name="tag" />}
                    onSelect={() => onSelect({ kind: 'label', labelId: label.id })}
                    {...(keeping ? { onMenu: (anchor: MenuAnchor) => setOpen({ kind: 'menu', label, anchor }) } : {})}
                  />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {inactiveFeeds.length > 0 ? (
        <>
          <h2 className="tree-heading">Inactive feeds</h2>
          <ul className="tree-level inactive-feeds" aria-label="Inactive feeds">
            {inactiveFeeds.map((feed) => {
              const key = `feed:${feed.id}`;
              return (
                <li key={key} title="Not refreshed: you unsubscribed, and it keeps the articles you kept">
                  <ScopeButton
                    title={feed.title || feed.url}
                    count={feed.unread}
                    active={activeKey === key}
                    cursor={cursorKey === key}
                    icon={<FeedAvatar title={feed.title || feed.url} />}
                    onSelect={() => onSelect({ kind: 'feed', feedId: feed.id })}
                  />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      {open?.kind === 'menu' && keeping ? (
        <Menu
          label={`Actions for label ${open.label.name}`}
          anchor={open.anchor}
          onClose={close}
          items={[
            { label: 'Rename…', run: () => setOpen({ kind: 'rename', label: open.label }) },
            { label: 'Delete label', run: () => keeping.deleteLabel(open.label.id) },
          ]}
        />
      ) : null}
      {open?.kind === 'rename' && keeping ? (
        <PromptDialog
          prompt={{
            title: 'Rename label',
            label: 'Name',
            initial: open.label.name,
            submitLabel: 'Rename',
            onSubmit: (name) => {
              if (name.trim()) keeping.renameLabel(open.label.id, name.trim());
            },
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}
