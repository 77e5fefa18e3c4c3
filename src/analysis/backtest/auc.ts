// The area under the ROC curve of a score that should put held guarantees above failed ones:
// the chance that a held case, drawn at random, scores above a failed one, ties counting half
// (the Mann–Whitney statistic divided by the number of pairs). 0.5 is chance, 1 a perfect
// ordering, below 0.5 the wrong way round.

/** AUC of `held` above `failed`; NaN when either is empty. Ranks, not pairs: O(n log n). */
export function auc(held: ArrayLike<number>, failed: ArrayLike<number>): number {
  const nh = held.length;
  const nf = failed.length;
  if (!nh || !nf) return Number.NaN;
  // Each value once, tagged with its class; a tie group shares the mean of its ranks.
  const all = new Float64Array(nh + nf);
  for (let i = 0; i < nh; i++) all[i] = held[i]!;
  for (let i = 0; i < nf; i++) all[nh + i] = failed[i]!;
  const order = Array.from({ length: nh + nf }, (_, i) => i).sort((a, b) => all[a]! - all[b]!);
  let heldRanks = 0;
  for (let start = 0; start < order.length; ) {
    let end = start + 1;
    while (end < order.length && all[order[end]!] === all[order[start]!]) end++;
    const rank = (start + 1 + end) / 2; // mean of the 1-based ranks start+1 … end
    for (let k = start; k < end; k++) if (order[k]! < nh) heldRanks += rank;
    start = end;
  }
  return (heldRanks - (nh * (nh + 1)) / 2) / (nh * nf);
}
