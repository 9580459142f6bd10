// Sharing: the targets a person sets up in settings, and what the sharing calls answer.
// A share records the article as shared (and its note) at once; copy-link, copy-markdown, email
// and url-template targets act in the UI, webhooks go through the outbox in the core.
import { z } from 'zod';

export const shareTargetKinds = ['copy-link', 'copy-markdown', 'email', 'url-template', 'webhook'] as const;
export type ShareTargetKind = (typeof shareTargetKinds)[number];

const httpUrl = z
  .string()
  .trim()
  .max(4096)
  .refine((value) => /^https?:\/\/[^/\s]/i.test(value), 'the URL must start with http:// or https://');

/** An HTTP header name (RFC 9110 token); refuses anything that could split a header line. */
const headerName = z.string().trim().min(1).max(256).regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'not a valid header name');
const headerValue = z.string().max(8192).refine((value) => !/[\r\n\0]/.test(value), 'a header value is one line');

export const shareTargetSchema = z
  .object({
    /** Stable: outbox entries name their target by it. */
    id: z.string().trim().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only'),
    kind: z.enum(shareTargetKinds),
    name: z.string().trim().min(1).max(200),
    /** url-template: e.g. https://mastodon.social/share?text={title}%20{url}; {url}, {title}, {note} are URL-encoded. */
    template: httpUrl.optional(),
    /** webhook: where the JSON is POSTed. */
    url: httpUrl.optional(),
    headerName: headerName.optional(),
    headerValue: headerValue.optional(),
  })
  .strict()
  .refine((target) => target.kind !== 'url-template' || target.template !== undefined, {
    message: 'a url-template target needs a template',
  })
  .refine((target) => target.kind !== 'webhook' || target.url !== undefined, { message: 'a webhook target needs a url' });

export type ShareTarget = z.output<typeof shareTargetSchema>;

export const shareTargetsSchema = z
  .array(shareTargetSchema)
  .max(50)
  .refine((targets) => new Set(targets.map((target) => target.id)).size === targets.length, 'target ids must differ');

/** A folder on this machine, written as an absolute path; null publishes nowhere. */
export const sharedFolderSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((value) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(value), 'the shared folder must be an absolute path')
  .nullable();

/** Fills a url-template target's placeholders, each URL-encoded. */
export function fillUrlTemplate(template: string, values: { url: string; title: string; note: string }): string {
  return template.replace(/\{(url|title|note)\}/g, (_, key: 'url' | 'title' | 'note') => encodeURIComponent(values[key]));
}

/** The Markdown a copy-markdown target puts on the clipboard. */
export function shareMarkdown(values: { url: string; title: string; note: string }): string {
  const title = values.title.replace(/([\\[\]])/g, '\\$1') || values.url;
  const link = `[${title}](<${values.url.replace(/[<>]/g, encodeURIComponent)}>)`;
  return values.note ? `${link}\n\n> ${values.note.split('\n').join('\n> ')}` : link;
}

export type OutboxState = 'pending' | 'sending' | 'delivered' | 'failed' | 'canceled';

export interface OutboxEntry {
  id: number;
  targetId: string;
  /** The target's name now, or the id if the target was removed from settings. */
  targetName: string;
  articleId: number | null;
  articleTitle: string;
  state: OutboxState;
  attempts: number;
  /** When the next try is due (pending entries), ISO-8601. */
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}

export interface ShareResult {
  articleId: number;
  sharedAt: string;
  note: string | null;
  /** Was it already shared before this call? Undo then leaves it shared. */
  wasShared: boolean;
  /** The note before this call, for undo. */
  previousNote: string | null;
  /** One entry per webhook target named. */
  outbox: OutboxEntry[];
}

export interface UnshareResult {
  changed: number;
  /** Outbox entries for the article that were still pending and are now canceled. */
  canceled: number;
}

export interface PublishResult {
  /** The shared folder, or null when none is set. */
  folder: string | null;
  files: string[];
  items: number;
}

/** The JSON a webhook target receives (POST, application/json; the key also in Idempotency-Key). */
export interface WebhookPayload {
  idempotencyKey: string;
  article: { title: string; url: string | null; feed: string };
  note: string | null;
  sharedAt: string;
}
