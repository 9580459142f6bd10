// The article's HTML, sanitized by the core at ingest and made inert once more here (see
// inert-html.ts). Links leave the app: each opens in a new window, without access to this page and
// without a referrer. Images kept for reading offline are shown from their kept copies. Embedded
// video players get the page's origin as referrer, which they need to play (embed-referrer.ts,
// set in the inert pass).
import { useLayoutEffect, useMemo, useRef } from 'react';
import { withKeptImages } from '../../api/kept-images';
import { inertArticleHtml } from './inert-html';

export function ArticleBody({ html: stored, images }: { html: string; images?: Readonly<Record<string, string>> | undefined }) {
  const container = useRef<HTMLDivElement>(null);
  const html = useMemo(() => inertArticleHtml(images ? withKeptImages(stored, images) : stored), [stored, images]);

  useLayoutEffect(() => {
    const links = container.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [];
    for (const link of links) {
      if (link.getAttribute('href')?.startsWith('#')) continue; // footnotes stay in the page
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
    }
  }, [html]);

  return <div ref={container} className="reader-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
