// What Google Reader API servers answer, checked at the boundary: only the fields sync reads, and
// each shape as loose as real servers make it (Miniflux and FreshRSS leave different fields out).
import { z } from 'zod';

const link = z.object({ href: z.string() }).loose();

export const subscriptionList = z.object({
  subscriptions: z.array(
    z
      .object({
        id: z.string(),
        title: z.string().default(''),
        url: z.string().optional(),
        htmlUrl: z.string().optional(),
        categories: z.array(z.object({ id: z.string(), label: z.string().optional() }).loose()).default([]),
      })
      .loose(),
  ),
});

export const itemRefs = z.object({
  itemRefs: z.array(z.object({ id: z.string() }).loose()).nullish(),
  continuation: z.union([z.string(), z.number()]).nullish(),
});

export const itemContents = z.object({
  items: z.array(
    z
      .object({
        id: z.string(),
        title: z.string().nullish(),
        published: z.number().nullish(),
        updated: z.number().nullish(),
        crawlTimeMsec: z.string().nullish(),
        author: z.string().nullish(),
        canonical: z.array(link).nullish(),
        alternate: z.array(link).nullish(),
        summary: z.object({ content: z.string().nullish() }).loose().nullish(),
        content: z.object({ content: z.string().nullish() }).loose().nullish(),
        categories: z.array(z.string()).nullish(),
        origin: z.object({ streamId: z.string(), title: z.string().nullish(), htmlUrl: z.string().nullish() }).loose().nullish(),
      })
      .loose(),
  ),
});

export const quickAddResult = z
  .object({ numResults: z.number().nullish(), streamId: z.string().nullish(), error: z.string().nullish() })
  .loose();

export type WireItem = z.infer<typeof itemContents>['items'][number];
