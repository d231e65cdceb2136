/** The JSON `consolidate --json` prints (docs/design.md § 9), as the tests read it. */
export interface ConsolidateJson {
  files: {
    file: string;
    error: string | null;
    sheets: { sheet: string; kind: string; region: string | null }[];
  }[];
  issues: { rule: string; severity: string; file: string }[];
  counts: { error: number; warning: number; info: number };
  regions: {
    region: string;
    items: number;
    themes: number;
    akke: number;
    other: number;
    total: number;
    allocation: number | null;
    errors: number;
    warnings: number;
  }[];
  themes: {
    theme: string | null;
    regions: number;
    items: number;
    akke: number;
    other: number;
    total: number;
  }[];
  ministries: { ministry: string; lead: number; participating: number; regions: number }[];
  totals: { akke: number; envelope: number; other: number; total: number };
  missingRegions: string[];
}
