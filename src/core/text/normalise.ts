const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();

/**
 * The key under which labels and vocabulary values are compared: case, diacritics,
 * no-break and thin spaces, doubled spaces and surrounding space make no difference.
 * Recognition asks this of every text cell, and the same texts recur across rows and
 * regions, so keys are remembered (the cache is simply dropped when it grows large).
 */
export function matchKey(value: string): string {
  const known = keyCache.get(value);
  if (known !== undefined) return known;
  const key = value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("en")
    .replace(/[\s\u00a0\u2007\u2009\u202f\u200b]+/g, " ")
    .trim();
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(value, key);
  return key;
}
