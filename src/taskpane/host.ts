import type { OfficeThemeColours } from "./shell/theme";

/** Where the pane runs: inside Excel through Office.js, or in an ordinary browser page. */
export type HostKind = "excel" | "browser";

/** What the shell needs to know about its host, as plain data. */
export interface HostInfo {
  readonly kind: HostKind;
  /** A BCP 47 tag such as "fi-FI"; the UI language is resolved from it. */
  readonly displayLanguage: string;
  /** Office's theme colours; absent outside Excel and in Excel on the web. */
  readonly officeTheme: OfficeThemeColours | undefined;
}

/** The browser page: no Office, language from the browser. */
export function browserHost(navigatorLanguage: string | undefined): HostInfo {
  return { kind: "browser", displayLanguage: navigatorLanguage ?? "", officeTheme: undefined };
}

/**
 * Waits for Office.js and describes the host. A page opened outside Office (or whose
 * Office.js could not load) is described as the browser page.
 */
export async function detectOfficeHost(navigatorLanguage: string | undefined): Promise<HostInfo> {
  if (typeof Office === "undefined") return browserHost(navigatorLanguage);
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return browserHost(navigatorLanguage);
  return {
    kind: "excel",
    displayLanguage: Office.context.displayLanguage || navigatorLanguage || "",
    officeTheme: readOfficeTheme(),
  };
}

function readOfficeTheme(): OfficeThemeColours | undefined {
  try {
    const theme = Office.context.officeTheme;
    return theme ? { bodyBackgroundColor: theme.bodyBackgroundColor } : undefined;
  } catch {
    // Hosts without the theme API throw instead of returning undefined.
    return undefined;
  }
}
