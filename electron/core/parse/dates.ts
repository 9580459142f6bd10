// Feed dates in the forms feeds really use. RFC 822 (RSS) and RFC 3339 (Atom, JSON Feed) first,
// by hand, because Date.parse() reads zone-less strings as local time and knows no "BST" or "CEST";
// then Date.parse() as a last resort. A string with no zone is UTC. Anything unreadable is null:
// a bad date must never cost us the item.

// Month names by their first three letters, in English and in the languages whose feeds most
// often write dates in their own words (Portuguese "Set", German "Okt", French "déc", Italian
// "giu", Spanish "dic", Dutch "mrt"). French "juin"/"juillet" need four letters.
const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    ['jan', 'ene', 'gen'],
    ['feb', 'fev', 'fév'],
    ['mar', 'mär', 'mrz', 'mrt', 'maa'],
    ['apr', 'abr', 'avr'],
    ['may', 'mai', 'mag', 'mei'],
    ['jun', 'giu', 'juin'],
    ['jul', 'lug', 'juil'],
    ['aug', 'ago', 'aoû'],
    ['sep', 'set'],
    ['oct', 'out', 'okt', 'ott'],
    ['nov'],
    ['dec', 'dez', 'dic', 'déc'],
  ].flatMap((names, i) => names.map((name): [string, number] => [name, i])),
);

/** Offsets in minutes east of UTC. North American and European names are what feeds send. */
const ZONES: ReadonlyMap<string, number> = new Map([
  ['UT', 0], ['UTC', 0], ['GMT', 0], ['Z', 0], ['WET', 0],
  ['EST', -300], ['EDT', -240], ['CST', -360], ['CDT', -300],
  ['MST', -420], ['MDT', -360], ['PST', -480], ['PDT', -420],
  ['AKST', -540], ['AKDT', -480], ['HST', -600], ['AST', -240], ['ADT', -180],
  ['NST', -210], ['NDT', -150],
  ['BST', 60], ['IST', 330], ['CET', 60], ['CEST', 120], ['MET', 60], ['MEST', 120],
  ['WEST', 60], ['EET', 120], ['EEST', 180], ['MSK', 180],
  ['JST', 540], ['KST', 540], ['HKT', 480], ['SGT', 480], ['AWST', 480],
  ['ACST', 570], ['ACDT', 630], ['AEST', 600], ['AEDT', 660], ['NZST', 720], ['NZDT', 780],
]);

// 1900–2200: "0001-01-01" (Go's zero time) and friends mean "no date", not the year 1.
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{1,2}(?::?\d{2})?)?$/i;
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
// [Day,] DD Mon YYYY [HH:MM[:SS]] [zone] [(comment)] — with the sloppiness feeds add: no comma,
// dashes, full month names, two-digit years, "GMT+2".
const RFC822 =
  /^(?:\p{L}+\.?,?\s*)?(\d{1,2})\.?[\s-]+(\p{L}{3,})\.?,?[\s-]+(\d{4}|\d{2})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*((?:UTC|GMT|UT)?\s*[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})?\s*(?:\(.*\))?$/iu;
// "Mon Jan 2 2006 ..." and "January 2, 2006 ..." — month first.
const MONTH_FIRST =
  /^(?:\p{L}+\.?,?\s+)?(\p{L}{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[\s,T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*((?:UTC|GMT)?\s*[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})?$/iu;

export function parseDate(input: string | null | undefined): Date | null {
  if (typeof input !== 'string') return null;
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 100) return null;
  // Each reader answers undefined when the text is not its shape, null when it is but says
  // nothing valid ("2024-02-30"): then we stop, rather than let Date.parse() roll it into March.
  for (const read of [fromIso, fromRfc822, fromMonthFirst]) {
    const date = read(text);
    if (date !== undefined) return date;
  }
  return fromDateParse(text);
}

function fromIso(text: string): Date | null | undefined {
  const m = ISO.exec(text) ?? ISO_BASIC.exec(text);
  if (!m) return undefined;
  return build(num(m[1]), num(m[2]) - 1, num(m[3]), m[4], m[5], m[6], m[7]);
}

function fromRfc822(text: string): Date | null | undefined {
  const m = RFC822.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[2] ?? '');
  if (month === null) return null;
  return build(fullYear(m[3] ?? ''), month, num(m[1]), m[4], m[5], m[6], m[7]);
}

function fromMonthFirst(text: string): Date | null | undefined {
  const m = MONTH_FIRST.exec(text);
  if (!m) return undefined;
  const month = monthIndex(m[1] ?? '');
  if (month === null) return null;
  return build(num(m[3]), month, num(m[2]), m[4], m[5], m[6], m[7]);
}

// Last resort for forms we have no pattern for ("2006/01/02 3:04 PM"). Only strings that carry a
// four-digit year, so "1" or "yesterday" do not become a date; zone-less results are shifted
// from local time to UTC so the answer does not depend on the machine's time zone.
function fromDateParse(text: string): Date | null {
  if (!/\b(?:19|20|21)\d\d\b/.test(text)) return null;
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) return null;
  const hasZone = /(?:\b(?:Z|UTC|GMT)\b|[+-]\d\d:?\d\d\s*$)/i.test(text);
  const date = new Date(ms);
  const utc = hasZone ? ms : ms - date.getTimezoneOffset() * 60_000;
  return inRange(new Date(utc));
}

function build(
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  zone: string | undefined,
): Date | null {
  const h = hour === undefined ? 0 : num(hour);
  const min = minute === undefined ? 0 : num(minute);
  // A leap second is not worth losing a date over.
  const s = second === undefined ? 0 : Math.min(num(second), 59);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return null;
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 24 || min > 59) return null;
  if (h === 24 && (min !== 0 || s !== 0)) return null;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  const ms = Date.UTC(year, month, day, h, min, s);
  // Date.UTC rolls 31 February over into March; a date that rolled over was not a date.
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return null;
  return inRange(new Date(ms - offset * 60_000));
}

/** Minutes east of UTC; undefined (no zone) is UTC; null is a zone we refuse. */
function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  const z = zone.replace(/\s+/g, '').toUpperCase();
  const numeric = /^(?:UTC|GMT|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(z);
  if (numeric) {
    const hours = num(numeric[2]);
    const minutes = numeric[3] === undefined ? 0 : num(numeric[3]);
    if (hours > 14 || minutes > 59) return null;
    return (numeric[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
  }
  const named = ZONES.get(z);
  if (named !== undefined) return named;
  // RFC 822's military letters were defined with the wrong sign; RFC 1123 says treat them as
  // UTC. An unknown alphabetic zone is treated the same way rather than losing the date.
  return /^[A-Z]{1,5}$/.test(z) ? 0 : null;
}

function monthIndex(name: string): number | null {
  const lower = name.toLowerCase();
  return MONTHS.get(lower.slice(0, 4)) ?? MONTHS.get(lower.slice(0, 3)) ?? null;
}

function fullYear(text: string): number {
  const y = num(text);
  if (text.length > 2) return y;
  return y < 50 ? 2000 + y : 1900 + y;
}

function num(text: string | undefined): number {
  return text === undefined ? Number.NaN : Number.parseInt(text, 10);
}

function inRange(date: Date): Date | null {
  const ms = date.getTime();
  if (Number.isNaN(ms)) return null;
  const year = date.getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? date : null;
}
