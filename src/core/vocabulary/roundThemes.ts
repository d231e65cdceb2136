import type { RoundSettings } from "../model/round";
import {
  DEFAULT_THEME_ENTRIES,
  DEFAULT_THEMES,
  themeVocabulary,
  type ThemeEntry,
  type ThemeVocabulary,
} from "./themes";

/**
 * The round's themes: its own list where its settings have one, else the defaults. Reading,
 * validating and consolidating know every theme of the list (a theme marked not active is
 * still recognised, and warned about: ITEM-THEME-INACTIVE); a new template offers only the
 * `active` ones.
 */
export function roundThemes(
  settings: Pick<RoundSettings, "themes">,
  which: "all" | "active" = "all",
): readonly ThemeEntry[] {
  if (settings.themes === null) return DEFAULT_THEME_ENTRIES;
  return settings.themes
    .filter((theme) => which === "all" || theme.active)
    .map(({ code, group, labels }) => ({ code, group, labels }));
}

/** The round's themes as a vocabulary to look values up in. */
export function roundThemeVocabulary(settings: Pick<RoundSettings, "themes">): ThemeVocabulary {
  return settings.themes === null ? DEFAULT_THEMES : themeVocabulary(roundThemes(settings));
}
