const KEY_CACHE_LIMIT = 50_000;
const keyCache = new Map<string, string>();
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The key under which labels and vocabulary values are compared: case, diacritics,
 * no-break and thin spaces, doubled spaces and surrounding space make no difference.
 * Recognition asks this of every text cell, and the same texts recur across rows and
 * regions, so keys are remembered (the cache is simply dropped when it grows large).
 */
export function matchKey(value: string): string {
  const known = keyCache.get(value);
  if (known !== undefined) return known;
  const key = uncachedMatchKey(value);
  if (keyCache.size >= KEY_CACHE_LIMIT) keyCache.clear();
  keyCache.set(value, key);
  return key;
}

/**
 * `matchKey` worked out afresh, for a caller that keeps its own cache of what it derives
 * from the key: every text of a sheet passing through here would crowd the shared cache.
 */
export function uncachedMatchKey(value: string): string {
  // Printable ASCII has nothing to decompose and no marks: only case and spaces to fold.
  if (PRINTABLE_ASCII.test(value)) return value.toLowerCase().replace(/ {2,}/g, " ").trim();
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("en")
    .replace(/[\s\u00a0\u2007\u2009\u202f\u200b]+/g, " ")
    .trim();
}
