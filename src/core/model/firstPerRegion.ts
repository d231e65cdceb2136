/**
 * One entry per region, the first in the given order (file, then sheet order) winning: the
 * rule consolidation, validation (HDR-DUPLICATE-REGION) and import share. Entries without a
 * region are left out. `first` keeps the order in which the regions first appear; each later
 * entry of a region is listed with the entry that won over it.
 */
export function firstPerRegion<T>(
  entries: Iterable<T>,
  regionOf: (entry: T) => string | null,
): { first: Map<string, T>; later: { entry: T; region: string; first: T }[] } {
  const first = new Map<string, T>();
  const later: { entry: T; region: string; first: T }[] = [];
  for (const entry of entries) {
    const region = regionOf(entry);
    if (region === null) continue;
    const earlier = first.get(region);
    if (earlier === undefined) first.set(region, entry);
    else later.push({ entry, region, first: earlier });
  }
  return { first, later };
}
