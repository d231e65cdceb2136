/**
 * The ministries' preparation packages from the pane (docs/packages.md): the round the
 * workbook holds, validated and consolidated as Consolidate does, then one package per
 * ministry, written by the same core and .xlsx writer as `regional-agreements packages`.
 * Excel opens each as a new workbook where it can; elsewhere the files are handed back
 * for download, one by one or as one .zip.
 */
import { packagePlans } from "../core/packages";
import type { Lang } from "../core/model/lang";
import type { XlsxFileWriter } from "../workbook/files";
import type { WorkbookHost } from "../workbook/host";
import { todaySerial } from "../core/locale/dates";
import { consolidateSnapshot } from "./consolidation";

export type PackagesPhase = "reading" | "writing" | "opening";

export interface MinistryPackagesOptions {
  /** Language of the packages (sheet names, headers, dropdowns, file names). */
  readonly lang: Lang;
  readonly now?: () => Date;
  /** `done` of `total` packages in the phase (0 of 1 while reading). */
  readonly onProgress?: (phase: PackagesPhase, done: number, total: number) => void;
}

/** One package, written: what the user downloads or Excel opens. */
export interface PackageFile {
  readonly ministry: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export type MinistryPackagesOutcome =
  /** The round concerns no ministry (no counted item names one). */
  | { readonly kind: "none"; readonly errors: number }
  /** Excel opened every package as a new workbook, for the user to save. */
  | { readonly kind: "opened"; readonly files: readonly PackageFile[]; readonly errors: number }
  /**
   * The packages, to download: the host cannot open new workbooks, or Excel refused
   * (`openFailed`: its words; the packages opened before the refusal are in `opened`).
   */
  | {
      readonly kind: "files";
      readonly files: readonly PackageFile[];
      readonly errors: number;
      readonly openFailed: string | null;
      readonly opened: number;
    };

/**
 * Reads the workbook once, writes every package and, where the host opens new workbooks,
 * opens them. `errors` counts the round's error-level issues: the packages are made all
 * the same, as the command line makes them (exit 1).
 */
export async function writeMinistryPackages(
  host: WorkbookHost,
  writeFile: XlsxFileWriter,
  options: MinistryPackagesOptions,
): Promise<MinistryPackagesOutcome> {
  options.onProgress?.("reading", 0, 1);
  const snapshot = await host.read();
  const { validation, consolidation } = consolidateSnapshot(snapshot);
  const errors = validation.issues.filter((issue) => issue.severity === "error").length;
  const now = (options.now ?? (() => new Date()))();
  const packages = packagePlans(consolidation, validation.settings, {
    lang: options.lang,
    time: now.toISOString(),
    date: todaySerial(now),
  });
  if (packages.length === 0) return { kind: "none", errors };

  const files: PackageFile[] = [];
  for (const [i, p] of packages.entries()) {
    options.onProgress?.("writing", i, packages.length);
    files.push({ ministry: p.ministry, fileName: p.fileName, bytes: await writeFile(p.plan) });
  }
  options.onProgress?.("writing", packages.length, packages.length);

  if (!host.createWorkbook) return { kind: "files", files, errors, openFailed: null, opened: 0 };
  let opened = 0;
  for (const file of files) {
    options.onProgress?.("opening", opened, files.length);
    let done: boolean;
    try {
      done = await host.createWorkbook(toBase64(file.bytes));
    } catch (error) {
      const detail = error instanceof Error && error.message !== "" ? error.message : String(error);
      return { kind: "files", files, errors, openFailed: detail, opened };
    }
    if (!done) return { kind: "files", files, errors, openFailed: null, opened };
    opened += 1;
  }
  options.onProgress?.("opening", opened, files.length);
  return { kind: "opened", files, errors };
}

/** Base64 of bytes, in slices so that no argument list grows with the file. */
export function toBase64(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}
