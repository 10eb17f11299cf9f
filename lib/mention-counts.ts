/** Per-entity mention counts, as the content script reports them. */

/** Mentions per entity id. */
export type MentionCounts = Record<string, number>;

export function countMentions(mentions: readonly { entityId: string }[]): MentionCounts {
  const counts: MentionCounts = {};
  for (const m of mentions) counts[m.entityId] = (counts[m.entityId] ?? 0) + 1;
  return counts;
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
