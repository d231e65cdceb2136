import { withoutControlCharacters } from "../model/sheetNames";

/** A name safe in a file name on every system: no control or reserved characters, spaces as `-`. */
export function fileNameStem(text: string): string {
  return withoutControlCharacters(text)
    .replace(/[<>:"/\\|?*]/g, "")
    .trim()
    .replace(/\s+/g, "-");
}
