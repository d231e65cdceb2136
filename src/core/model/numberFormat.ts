/**
 * Whether an Excel number format code shows a date or time (`d.m.yyyy`, `m/d/yyyy`,
 * `[$-40B]d.m.yyyy`, `h:mm`), so a number read with it is a date. Quoted text, escaped
 * characters, colours and locale tags do not count; only the first section is looked at.
 */
export function isDateFormat(code: string): boolean {
  if (code === "" || code.toLowerCase() === "general" || code === "@") return false;
  const firstSection = code.split(";")[0];
  const stripped = firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(stripped);
}
