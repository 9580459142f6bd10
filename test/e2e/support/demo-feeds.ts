// A small library that shows every view at its best: pictures for magazine and cards, a podcast
// with episodes, an article with code and a table, nested folders. Feeds are made on the fly so
// their dates are recent ("3h", "yesterday"); pictures are SVGs drawn by the same server.
const hour = 3_600_000;

interface DemoItem {
  guid: string;
  title: string;
  hoursAgo: number;
  author?: string;
  html: string;
  image?: number;
  enclosure?: { path: string; type: string; length: number };
}

export interface DemoFeed {
  path: string;
  title: string;
  folder: string;
  items: DemoItem[];
}

const paragraphs = (...texts: string[]): string => texts.map((text) => `<p>${text}</p>`).join('');

export const demoFeeds: DemoFeed[] = [
  {
    path: '/harbour.xml',
    title: 'Harbour Light',
    folder: 'Nature/Coast',
    items: [
      { guid: 'h1', title: 'Fog rolls over the breakwater at dawn', hoursAgo: 2, author: 'Mara Quill', image: 1,
        html: paragraphs('The foghorn started before five. By six the breakwater had gone, and only the green light at its end still blinked through the grey.',
          'Fishermen waited at the slipway with their coffee, reading the water the way their grandparents did.') },
      { guid: 'h2', title: 'Twelve boats, one tide: the race to the outer buoy', hoursAgo: 7, author: 'Mara Quill', image: 2,
        html: paragraphs('The regatta is older than the lighthouse. Twelve boats left on the ebb, and the first back took the cup and a year of arguments.') },
      { guid: 'h3', title: 'A seal has taken over the lifeboat ramp', hoursAgo: 26, image: 3,
        html: paragraphs('Nobody is quite sure what to do about the seal. It arrived on Tuesday and has not moved since, except to roll over.') },
      { guid: 'h4', title: 'Storm damage: what the sea took from the promenade', hoursAgo: 50, author: 'Ivo Brandt', image: 4,
        html: paragraphs('Three benches, a railing, and most of the ice-cream kiosk. The council says repairs start in spring.') },
      { guid: 'h5', title: 'Night fishing under the harbour lamps', hoursAgo: 80, image: 5,
        html: paragraphs('Mackerel come to the light. So do the gulls, and so do the people who have been doing this for forty years.') },
      { guid: 'h6', title: 'The old customs house opens as a gallery', hoursAgo: 130, author: 'Ivo Brandt', image: 6,
        html: paragraphs('Paintings of boats, in a building that used to tax them.') },
    ],
  },
  {
    path: '/field-notes.xml',
    title: 'Field Notes',
    folder: 'Nature/Coast',
    items: [
      { guid: 'f1', title: 'Tide tables and the moon', hoursAgo: 4, author: 'Ana Reyes', image: 7,
        html: paragraphs('Spring tides follow the full and the new moon; neap tides the quarters. The <a href="https://example.org/tides">tide chart</a> shows both.') },
      { guid: 'f2', title: 'A heron at low water', hoursAgo: 30, author: 'Ana Reyes', image: 8,
        html: paragraphs('The heron waits at the edge of the mud flats for an hour or more, then strikes once.') },
      { guid: 'f3', title: 'Sea glass, sorted by colour', hoursAgo: 70,
        html: paragraphs('Green and brown are common; blue is rare; red is the find of a lifetime.') },
    ],
  },
  {
    path: '/radio.xml',
    title: 'Tide Radio',
    folder: '',
    items: [
      { guid: 'r1', title: 'Episode 42: Lighthouse keepers remember', hoursAgo: 10, author: 'Tide Radio', image: 9,
        html: paragraphs('Three former keepers on storms, solitude and the night the lamp failed.'),
        enclosure: { path: '/media/episode-42.mp3', type: 'audio/mpeg', length: 48_000_000 } },
      { guid: 'r2', title: 'Episode 41: Salt, wind and boat-building', hoursAgo: 180, author: 'Tide Radio', image: 10,
        html: paragraphs('A visit to the last wooden boatyard on the estuary.'),
        enclosure: { path: '/media/episode-41.mp3', type: 'audio/mpeg', length: 52_000_000 } },
    ],
  },
  {
    path: '/code.xml',
    title: 'Shipshape Code',
    folder: 'Tech',
    items: [
      { guid: 'c1', title: 'Reading tide data with SQLite', hoursAgo: 5, author: 'Lee Park',
        html: `<p>Tide stations publish readings every six minutes. A small table and one index are enough:</p>
<pre><code>CREATE TABLE readings (station TEXT, at INTEGER, metres REAL);
CREATE INDEX readings_by_station ON readings(station, at);</code></pre>
<p>The highest water of each day, per station:</p>
<table><thead><tr><th>Station</th><th>Date</th><th>High water (m)</th></tr></thead>
<tbody><tr><td>North Pier</td><td>1 March</td><td>5.42</td></tr><tr><td>Outer Buoy</td><td>1 March</td><td>5.61</td></tr></tbody></table>
<p>Use <code>strftime</code> to group by day.</p>` },
      { guid: 'c2', title: 'Why our charts render in the browser now', hoursAgo: 55, author: 'Lee Park',
        html: paragraphs('Server-side charts meant a round trip for every zoom. Now the data comes once and the browser draws.') },
    ],
  },
];

const palettes = [
  ['#0b6f83', '#8fd8e8'], ['#27476e', '#f7b267'], ['#3d5a40', '#c9e4ca'], ['#5c3c92', '#f2a7c3'], ['#1f3b4d', '#e8c547'],
  ['#6b2d5c', '#f0b67f'], ['#2e4052', '#92dce5'], ['#7a4419', '#f3d3bd'], ['#193441', '#91aa9d'], ['#3b1f2b', '#db9d47'],
];

/** A calm landscape: sky, sun, two hills of sea. Enough to tell pictures apart in a grid. */
export function demoImage(index: number): string {
  const [deep, light] = palettes[(index - 1) % palettes.length] ?? ['#0b6f83', '#8fd8e8'];
  const sun = 60 + ((index * 37) % 200);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
<defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="#fff"/></linearGradient></defs>
<rect width="640" height="400" fill="url(#s)"/><circle cx="${sun + 200}" cy="140" r="46" fill="#fff" opacity="0.85"/>
<path d="M0 260 Q160 200 320 250 T640 240 V400 H0Z" fill="${deep}" opacity="0.75"/>
<path d="M0 310 Q200 260 380 300 T640 290 V400 H0Z" fill="${deep}"/></svg>`;
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function demoRss(feed: DemoFeed, origin: string, now = Date.now()): string {
  const items = feed.items
    .map((item) => {
      const image = item.image ? `<media:content url="${origin}/img/${item.image}.svg" medium="image" type="image/svg+xml"/>` : '';
      const enclosure = item.enclosure
        ? `<enclosure url="${origin}${item.enclosure.path}" type="${item.enclosure.type}" length="${item.enclosure.length}"/>`
        : '';
      return `<item><guid isPermaLink="false">${item.guid}</guid><title>${escape(item.title)}</title>
<link>https://example.org${feed.path.replace('.xml', '')}/${item.guid}</link>
<pubDate>${new Date(now - item.hoursAgo * hour).toUTCString()}</pubDate>
${item.author ? `<dc:creator>${escape(item.author)}</dc:creator>` : ''}
<description>${escape(item.html)}</description>${image}${enclosure}</item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${escape(feed.title)}</title><link>https://example.org${feed.path.replace('.xml', '/')}</link><description>demo</description>
${items}
</channel></rss>`;
}
