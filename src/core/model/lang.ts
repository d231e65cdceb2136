/** The three languages of the product: UI, templates, memo and sheet labels. */
export type Lang = "fi" | "sv" | "en";

export const LANGS: readonly Lang[] = ["fi", "sv", "en"];

export function isLang(value: unknown): value is Lang {
  return value === "fi" || value === "sv" || value === "en";
}

/** A label in each language. */
export type Labels = Readonly<Record<Lang, string>>;
