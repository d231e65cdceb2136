/**
 * A part name as an Open Packaging Conventions package compares it (part names are
 * case-insensitive): no leading "/", "/" separators (backslashes tolerated), lower case,
 * "." and ".." segments resolved.
 */
export function partKey(name: string): string {
  const segments: string[] = [];
  for (const segment of name.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/").toLowerCase();
}
