/** Per-entity mention counts, as the content script reports them. */

/** Mentions per entity id. */
export type MentionCounts = Record<string, number>;

/**
 * The counts after some mentions came and went: a new object, without the entities left at
 * zero. Costs what changed, not what the page holds, so that appending to a long page stays
 * cheap (DESIGN.md §5).
 */
export function updateCounts(
  counts: MentionCounts,
  added: readonly { entityId: string }[],
  removed: readonly { entityId: string }[],
): MentionCounts {
  const next: MentionCounts = { ...counts };
  for (const m of removed) {
    const n = (next[m.entityId] ?? 0) - 1;
    if (n > 0) next[m.entityId] = n;
    else delete next[m.entityId];
  }
  for (const m of added) next[m.entityId] = (next[m.entityId] ?? 0) + 1;
  return next;
}

export function sameCounts(a: MentionCounts, b: MentionCounts): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Sums the counts of a tab's frames. */
export function mergeCounts(frames: readonly MentionCounts[]): MentionCounts {
  const total: MentionCounts = {};
  for (const counts of frames) for (const [id, n] of Object.entries(counts)) total[id] = (total[id] ?? 0) + n;
  return total;
}
