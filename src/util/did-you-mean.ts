// Suggest the known word closest to an unknown one, as compilers and git do.
const squash = (s: string) => s.toLowerCase().replace(/[-_\s]/g, "");

export function distance(a: string, b: string): number {
  // Damerau–Levenshtein (optimal string alignment): a swapped pair costs 1.
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The closest candidate, or undefined when none is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const w = squash(word);
  if (!w) return undefined; // an empty key (`"": 1`, `~: 1`) is no typo of anything
  const exact = candidates.find((c) => squash(c) === w);
  if (exact) return exact;
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = Math.max(2, Math.floor(w.length / 3));
  for (const c of candidates) {
    const s = squash(c);
    // The distance is at least the difference in length: a 1 MiB key is no typo, and
    // measuring it against each candidate would take seconds.
    if (Math.abs(s.length - w.length) > allowed) continue;
    const dist = distance(w, s);
    if (dist < bestDistance) [best, bestDistance] = [c, dist];
  }
  return bestDistance <= allowed ? best : undefined;
}
