// Sharing from the UI: targets that act here (clipboard, mail, a share URL in the browser) run
// first, while the key press or click still counts as the person's gesture; then the core records
// the share and queues its webhooks. The notice offers Undo, which takes the share back and
// cancels whatever the outbox has not sent yet.
import { useCallback } from 'react';
import type { CallOutput, Client } from '../../shared/contract';
import type { ArticleId, ArticleSummary } from '../../shared/model';
import { fillUrlTemplate, shareMarkdown, type ShareResult, type ShareTarget } from '../../shared/sharing';
import type { Report } from './use-status';
import type { ToastsState } from './use-toasts';
import { copyText, openLink, openMail } from './outside';

export interface ShareRequest {
  note?: string;
  targets?: readonly ShareTarget[];
}

export interface Sharing {
  share: (article: ArticleSummary, request?: ShareRequest) => Promise<void>;
  unshare: (article: ArticleSummary) => Promise<void>;
  /** Writes the shared folder now (Settings' "Publish now"). */
  publish: () => Promise<CallOutput<'publishShared'>>;
}

/** Runs a target that acts in the UI; answers what to tell the person, or null. */
function actHere(target: ShareTarget, values: { url: string; title: string; note: string }): Promise<string | null> | null {
  switch (target.kind) {
    case 'copy-link':
      return copyText(values.url).then(() => 'link copied');
    case 'copy-markdown':
      return copyText(shareMarkdown(values)).then(() => 'Markdown copied');
    case 'email':
      openMail(values.title, [values.note, values.url].filter(Boolean).join('\n\n'));
      return null;
    case 'url-template':
      if (target.template) openLink(fillUrlTemplate(target.template, values));
      return null;
    case 'webhook':
      return null;
  }
}

export function useSharing(
  client: Client,
  toasts: Pick<ToastsState, 'show'>,
  report: Report,
  changed: (articleId: ArticleId) => Promise<void>,
): Sharing {
  const { show } = toasts;

  const undo = useCallback(
    async (article: ArticleSummary, result: ShareResult) => {
      try {
        if (result.wasShared) {
          for (const entry of result.outbox) await client.cancelOutbox({ outboxId: entry.id });
        } else {
          await client.unshareArticle({ articleId: article.id, restoreNote: result.previousNote });
        }
        await changed(article.id);
      } catch (error) {
        report(error, 'Undoing the share');
      }
    },
    [client, changed, report],
  );

  const share = useCallback(
    async (article: ArticleSummary, request: ShareRequest = {}) => {
      const note = request.note?.trim() ?? '';
      const targets = request.targets ?? [];
      const values = { url: article.link ?? '', title: article.title, note };
      const done: string[] = [];
      for (const target of targets) {
        if (target.kind === 'webhook') continue;
        if (!values.url && target.kind !== 'email') continue;
        try {
          const said = await actHere(target, values);
          if (said) done.push(said);
        } catch (error) {
          report(error, `Sharing to ${target.name}`);
        }
      }
      try {
        const result = await client.shareArticle({
          articleId: article.id,
          ...(note ? { note } : {}),
          targetIds: targets.filter((target) => target.kind === 'webhook').map((target) => target.id),
        });
        await changed(article.id);
        if (result.outbox.length > 0) done.push(`${result.outbox.length} in the outbox`);
        const what = result.wasShared ? 'Already shared' : 'Shared';
        show(`${what}: ${article.title || '(untitled)'}${done.length ? ` (${done.join(', ')})` : ''}`, {
          action: { label: 'Undo', run: () => void undo(article, result) },
        });
      } catch (error) {
        report(error, 'Sharing');
      }
    },
    [client, changed, report, show, undo],
  );

  const unshare = useCallback(
    async (article: ArticleSummary) => {
      try {
        await client.unshareArticle({ articleId: article.id });
        await changed(article.id);
        show(`No longer shared: ${article.title || '(untitled)'}`, {
          action: { label: 'Undo', run: () => void share(article) },
        });
      } catch (error) {
        report(error, 'Unsharing');
      }
    },
    [client, changed, report, show, share],
  );

  const publish = useCallback(() => client.publishShared({}), [client]);

  return { share, unshare, publish };
}
