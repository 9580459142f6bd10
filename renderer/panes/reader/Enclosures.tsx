// What came with an article: podcasts and videos get a player, pictures a gallery, anything else
// a link. Media load only when asked (preload="none"), so opening an article downloads no episode.
import type { Enclosure } from '../../../shared/model';

const fileName = (url: string): string => {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
};

const kindOf = (item: Enclosure): 'audio' | 'video' | 'image' | 'other' => {
  const type = item.type ?? '';
  if (type.startsWith('audio/')) return 'audio';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('image/')) return 'image';
  return 'other';
};

function sizeLabel(length: number | null): string | null {
  if (!length || length <= 0) return null;
  const megabytes = length / 1_000_000;
  return megabytes >= 1 ? `${megabytes.toFixed(megabytes >= 10 ? 0 : 1)} MB` : `${Math.max(1, Math.round(length / 1000))} kB`;
}

export function Enclosures({ items }: { items: Enclosure[] }) {
  if (items.length === 0) return null;
  const images = items.filter((item) => kindOf(item) === 'image');
  const others = items.filter((item) => kindOf(item) !== 'image');
  return (
    <>
      {images.length > 0 ? (
        <ul className="gallery" aria-label="Pictures">
          {images.map((item) => (
            <li key={item.url}>
              <a href={item.url} target="_blank" rel="noopener noreferrer">
                <img src={item.url} alt={fileName(item.url)} loading="lazy" referrerPolicy="no-referrer" />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {others.length > 0 ? (
        <ul className="enclosures" aria-label="Attachments">
          {others.map((item) => {
            const kind = kindOf(item);
            const details = [item.type, sizeLabel(item.length)].filter(Boolean).join(', ');
            return (
              <li key={item.url}>
                {kind === 'audio' ? <audio controls preload="none" src={item.url} aria-label={`Play ${fileName(item.url)}`} /> : null}
                {kind === 'video' ? <video controls preload="none" src={item.url} aria-label={`Play ${fileName(item.url)}`} /> : null}
                <a href={item.url} target="_blank" rel="noopener noreferrer">
                  {fileName(item.url)}
                </a>
                {details ? <span className="enclosure-type"> ({details})</span> : null}
              </li>
            );
          })}
        </ul>
      ) : null}
    </>
  );
}
