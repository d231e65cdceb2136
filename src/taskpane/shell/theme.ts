/** Which of the pane's themes to show. */
export type ThemeChoice = "light" | "dark" | "highContrast";

/** The part of `Office.context.officeTheme` the pane reads. */
export interface OfficeThemeColours {
  readonly bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of a `#rgb` or `#rrggbb` colour; undefined if unreadable. */
export function luminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex)
    ? hex
        .split("")
        .map((c) => c + c)
        .join("")
    : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (i: number): number => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** A background is dark when white text on it contrasts more than black text does. */
export function isDarkBackground(colour: string): boolean {
  const l = luminance(colour);
  if (l === undefined) return false;
  const againstWhite = 1.05 / (l + 0.05);
  const againstBlack = (l + 0.05) / 0.05;
  return againstWhite > againstBlack;
}

/**
 * The theme to show: high contrast whenever the system forces colours, else dark when
 * Office's own theme is dark, else light (also when Office gives no theme, as Excel on
 * the web and the browser page do).
 */
export function chooseTheme(
  officeTheme: OfficeThemeColours | undefined,
  forcedColors: boolean,
): ThemeChoice {
  if (forcedColors) return "highContrast";
  const background = officeTheme?.bodyBackgroundColor;
  return background !== undefined && isDarkBackground(background) ? "dark" : "light";
}
