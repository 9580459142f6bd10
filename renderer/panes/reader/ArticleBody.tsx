// The article's HTML, sanitized by the core at ingest. Links leave the app: each opens in a new
// window, without access to this page and without a referrer.
import { useLayoutEffect, useRef } from 'react';

export function ArticleBody({ html }: { html: string }) {
  const container = useRef<HTMLDivElement>(null);

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
