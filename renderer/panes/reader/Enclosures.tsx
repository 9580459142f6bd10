// Podcasts and other attachments, playable where the browser can.
import type { Enclosure } from '../../../shared/model';

export function Enclosures({ items }: { items: Enclosure[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="enclosures" aria-label="Attachments">
      {items.map((item) => (
        <li key={item.url}>
          {item.type?.startsWith('audio/') ? <audio controls preload="none" src={item.url} /> : null}
          {item.type?.startsWith('video/') ? <video controls preload="none" src={item.url} /> : null}
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {decodeURIComponent(item.url.split('/').pop() || item.url)}
          </a>
          {item.type ? <span className="enclosure-type"> ({item.type})</span> : null}
        </li>
      ))}
    </ul>
  );
}
