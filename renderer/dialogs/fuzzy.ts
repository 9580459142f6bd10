// Fuzzy matching for the "go to" pickers: the letters typed must appear in order; matches at the
// start of words and runs of letters score higher, so "tl" finds "Tech/Linux" before "Bottle".
export function fuzzyScore(query: string, text: string): number | null {
  const wanted = query.toLowerCase().replace(/\s+/g, '');
  if (wanted === '') return 0;
  const haystack = text.toLowerCase();
  let score = 0;
  let from = 0;
  let previous = -2;
  for (const char of wanted) {
    const at = haystack.indexOf(char, from);
    if (at === -1) return null;
    const wordStart = at === 0 || /[\s/\-_.]/.test(haystack[at - 1] ?? '');
    score += 1 + (at === previous + 1 ? 3 : 0) + (wordStart ? 4 : 0);
    previous = at;
    from = at + 1;
  }
  // Shorter names win ties: "News" before "News from the coast".
  return score - text.length / 100;
}

export function fuzzyFilter<T>(items: readonly T[], query: string, text: (item: T) => string, limit = 50): T[] {
  return items
    .map((item) => ({ item, score: fuzzyScore(query, text(item)) }))
    .filter((entry): entry is { item: T; score: number } => entry.score !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((entry) => entry.item);
}
