/**
 * Items in lists by a key, each list in the order of the items: the `Map.groupBy` that
 * Node 20 lacks. Cue tables are kept by a word this way ("trở lên" by "len"), so that a
 * lookup tries the few cues that can match instead of all.
 */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
