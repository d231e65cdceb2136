import {
  teamsHighContrastTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from "@fluentui/react-components";
import type { ThemeChoice } from "./theme";

const THEMES: Readonly<Record<ThemeChoice, Theme>> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

export function fluentTheme(choice: ThemeChoice): Theme {
  return THEMES[choice];
}
