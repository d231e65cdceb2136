/**
 * The key under which labels and vocabulary values are compared: case, diacritics,
 * no-break and thin spaces, doubled spaces and surrounding space make no difference.
 */
export function matchKey(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLocaleLowerCase("en")
    .replace(/[\s\u00a0\u2007\u2009\u202f\u200b]+/g, " ")
    .trim();
}
