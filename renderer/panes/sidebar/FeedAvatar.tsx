import { useState } from 'react';

// A feed's icon, kept by the core and shown from a data: URL (no request to the site); without one,
// or when it cannot be drawn, the feed's initial on a colour picked from its title.
export function feedHue(text: string): number {
  let hash = 0;
  for (const char of text) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) % 360;
  return hash;
}

export function FeedAvatar({ title, icon = null }: { title: string; icon?: string | null }) {
  const [broken, setBroken] = useState<string | null>(null);
  if (icon !== null && icon !== broken) {
    return <img className="feed-icon" src={icon} width={16} height={16} alt="" onError={() => setBroken(icon)} />;
  }
  const initial = [...title.trim()][0]?.toUpperCase() ?? '?';
  return (
    <span className="feed-avatar" style={{ backgroundColor: `hsl(${feedHue(title)} 55% 45%)` }} aria-hidden="true">
      {initial}
    </span>
  );
}
