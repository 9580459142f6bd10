// A feed's initial on a colour picked from its title: recognisable, and no request to the site.
export function feedHue(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

export function FeedAvatar({ title }: { title: string }) {
  const initial = [...title.trim()][0]?.toUpperCase() ?? '?';
  return (
    <span className="feed-avatar" style={{ backgroundColor: `hsl(${feedHue(title)} 55% 45%)` }} aria-hidden="true">
      {initial}
    </span>
  );
}
