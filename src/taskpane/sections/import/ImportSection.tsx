import {
  Button,
  Checkbox,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useRef, useState, type DragEvent } from "react";
import { proposalsByRegion, type FilePreview, type ImportedSheet } from "../../../core/import";
import { pluralForm } from "../../../core/i18n/plural";
import {
  paneImport,
  paneImportText,
  type PaneImportMessageKey,
} from "../../../core/i18n/messages/paneImport";
import { formatEuros } from "../../../core/locale/houseStyle";
import type { Lang } from "../../../core/model/lang";
import { regionEntryLabel } from "../../../core/templates/listsSheet";
import type { WorkbookHost } from "../../../workbook/host";
import { xlsxFileReader } from "../../../workbook/xlsx";
import { applyImport, applyPositions, readImportFiles } from "../../../operations/import";
import { ministryAbbreviation } from "../../../core/consolidate/vocab";
import { issueMessage } from "../../../core/rules/issueMessage";
import { FilePickButton } from "../../components/FilePickButton";
import { NoticeContent } from "../../components/NoticeBar";
import { hostErrorNotice, noticeText, type PaneNotice } from "../../hostErrors";
import { textFor } from "../../shell/text";
import {
  chosenPackages,
  chosenSources,
  defaultIncluded,
  previewRows,
  toggle,
  type PreviewRow,
} from "./importSelection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  dragging: { backgroundColor: tokens.colorNeutralBackground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
  problem: { color: tokens.colorPaletteRedForeground1 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
});

export interface ImportSectionViewProps {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly now?: () => Date;
}

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly done: number; readonly total: number }
  | { readonly kind: "writing" };

/** The Import section: choose files, see a preview per file, confirm, one write. */
export function ImportSectionView({ lang, workbook, now }: ImportSectionViewProps) {
  const styles = useStyles();
  const t = (key: PaneImportMessageKey, params?: Record<string, string | number>) =>
    paneImportText(lang, key, params);
  const abort = useRef<AbortController | null>(null);
  const [rows, setRows] = useState<PreviewRow[]>([]);
  const [included, setIncluded] = useState<Set<string>>(new Set());
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [message, setMessage] = useState<PaneNotice<"success" | "info" | "error"> | null>(null);
  const failed = (error: unknown) =>
    setMessage(hostErrorNotice(error, { unexpected: "paneImport.failed" }));
  const [dragging, setDragging] = useState(false);
  /** What merging returned packages found: a summary line and the packages' issues. */
  const [positions, setPositions] = useState<{ done: string; issues: string[] } | null>(null);

  const readFiles = useCallback(
    async (files: readonly File[]) => {
      const xlsx = files.filter((file) => file.name !== "");
      if (xlsx.length === 0) return;
      const controller = new AbortController();
      abort.current = controller;
      setMessage(null);
      setPositions(null);
      setPhase({ kind: "reading", done: 0, total: xlsx.length });
      let previews: FilePreview[] = [];
      try {
        previews = await readImportFiles(xlsxFileReader(), xlsx, {
          signal: controller.signal,
          onProgress: (done, total) => setPhase({ kind: "reading", done, total }),
          ...(now ? { now } : {}),
        });
        const existing = workbook
          ? proposalsByRegion(await workbook.read())
          : new Map<string, string>();
        if (controller.signal.aborted) {
          setMessage({ intent: "info", key: "paneImport.cancelled" });
          return;
        }
        const next = previewRows(previews, existing);
        setRows(next);
        setIncluded(defaultIncluded(next));
      } catch (error) {
        failed(error);
      } finally {
        abort.current = null;
        setPhase({ kind: "idle" });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lang, workbook, now],
  );

  const confirm = async () => {
    if (!workbook) return;
    setPhase({ kind: "writing" });
    try {
      const sources = chosenSources(rows, included);
      const packages = chosenPackages(rows, included);
      // Proposals first, so that positions can land on the regions just imported.
      const outcome =
        sources.length > 0
          ? await applyImport(workbook, sources, { lang, ...(now ? { now } : {}) })
          : null;
      const merged =
        packages.length > 0 ? await applyPositions(workbook, packages, { lang }) : null;
      setRows([]);
      setIncluded(new Set());
      if (outcome) setMessage(importedNotice(lang, outcome.imported, outcome.logSheet));
      if (merged) {
        const { report } = merged.merge;
        setPositions({
          done: t("paneImport.positionsDone", {
            cells: merged.cells,
            answered:
              report.answered.length === 0
                ? t("paneImport.nobody")
                : report.answered.map((m) => ministryAbbreviation(m, lang)).join(", "),
            without: report.withoutPosition.length,
          }),
          issues: merged.merge.issues.map(
            (issue) =>
              `${issue.file}${issue.cell ? ` ${issue.sheet ?? ""}!${issue.cell}` : ""}: ${issueMessage(issue, lang)}`,
          ),
        });
      }
    } catch (error) {
      failed(error);
    } finally {
      setPhase({ kind: "idle" });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void readFiles(Array.from(event.dataTransfer.files));
  };

  const busy = phase.kind !== "idle";
  const chosen = rows.filter((row) => included.has(row.key));
  const packageCount = chosen.filter((row) => row.returnedPackage).length;
  const count = chosen.filter((row) => !row.settings && !row.returnedPackage).length;
  const withSettings = chosen.some((row) => row.settings);

  return (
    <div className={styles.root} data-testid="import-section">
      <Text as="p" block>
        {t("paneImport.intro")}
      </Text>
      <div
        className={dragging ? `${styles.drop} ${styles.dragging}` : styles.drop}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="import-drop"
      >
        <FilePickButton
          label={t("paneImport.pick")}
          accept=".xlsx"
          multiple
          appearance="primary"
          disabled={busy}
          inputTestId="import-files"
          onFiles={(files) => void readFiles(files)}
        />
        <Text size={200}>{t("paneImport.drop")}</Text>
      </div>

      {phase.kind === "reading" && (
        <div>
          <ProgressBar
            value={phase.total === 0 ? 0 : phase.done / phase.total}
            aria-label={t("paneImport.progress", { done: phase.done, total: phase.total })}
          />
          <Text>
            {t("paneImport.progress", {
              done: Math.min(phase.done + 1, phase.total),
              total: phase.total,
            })}
          </Text>
          <Button onClick={() => abort.current?.abort()}>{t("paneImport.cancel")}</Button>
        </div>
      )}
      {phase.kind === "writing" && <Text>{t("paneImport.writing")}</Text>}

      {rows.length > 0 && (
        <section aria-label={t("paneImport.previewCaption")}>
          <ul className={styles.list} data-testid="import-preview">
            {rows.map((row) => (
              <li key={row.key} className={styles.row} data-testid="import-row">
                {row.unusable === null ? (
                  <Checkbox
                    checked={included.has(row.key)}
                    disabled={busy}
                    label={t(
                      row.settings ? "paneImport.includeSettings" : "paneImport.includeFile",
                      {
                        file: row.file,
                      },
                    )}
                    onChange={(_event, data) =>
                      setIncluded(toggle(rows, included, row.key, data.checked === true))
                    }
                  />
                ) : (
                  <Text weight="semibold">{row.file}</Text>
                )}
                {row.returnedPackage && (
                  <Text>
                    {t("paneImport.package", {
                      ministry: ministryAbbreviation(row.returnedPackage.ministry, lang),
                      filled: row.returnedPackage.rows.filter((r) =>
                        Object.values(r.values).some((v) => v !== ""),
                      ).length,
                      rows: row.returnedPackage.rows.length,
                    })}
                  </Text>
                )}
                {row.proposal && row.proposal.region !== null && (
                  <Text>
                    {regionEntryLabel(row.proposal.region, lang)} · {t("paneImport.col.items")}:{" "}
                    {row.proposal.items} · {t("paneImport.col.akke")}:{" "}
                    {formatEuros(row.proposal.akkeCents, lang, "table")}
                  </Text>
                )}
                {row.settings && (
                  <Text data-testid="import-settings">
                    {t("paneImport.settings", {
                      round: row.settings.settings.round.trim() || t("paneImport.settingsNoRound"),
                      envelope: formatEuros(row.settings.settings.envelopeCents, lang, "table"),
                      regions: row.settings.settings.allocations.length,
                    })}
                  </Text>
                )}
                {(row.proposal ?? row.settings) && row.unusable === null && (
                  <Text>{findingsText(lang, row.proposal ?? row.settings ?? null)}</Text>
                )}
                {row.unusable !== null && (
                  <Text className={styles.problem}>
                    {t("paneImport.unusable", { reason: reasonText(lang, row.unusable) })}
                  </Text>
                )}
                {row.existingSheet !== null && row.proposal?.region && (
                  <Text>
                    {t("paneImport.existing", {
                      region: row.proposal.region,
                      sheet: row.existingSheet,
                    })}
                  </Text>
                )}
                {row.sameRegionAs !== null && (
                  <Text>{t("paneImport.sameRegion", { file: row.sameRegionAs })}</Text>
                )}
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={busy || (count === 0 && !withSettings && packageCount === 0) || !workbook}
              onClick={() => void confirm()}
            >
              {packageCount > 0
                ? t("paneImport.importWithPositions", { count, packages: packageCount })
                : count === 0 && withSettings
                  ? t("paneImport.importSettings")
                  : t(
                      `${withSettings ? "paneImport.importWithSettings" : "paneImport.import"}.${pluralForm(lang, count)}`,
                      { count },
                    )}
            </Button>
            <Button
              disabled={busy}
              onClick={() => {
                setRows([]);
                setIncluded(new Set());
              }}
            >
              {t("paneImport.clear")}
            </Button>
          </div>
        </section>
      )}
      <div role="status" aria-live="polite">
        {message && (
          <div
            className={message.intent === "error" ? styles.problem : undefined}
            data-testid="import-message"
          >
            <NoticeContent notice={message} text={noticeText(lang, message)} t={textFor(lang)} />
          </div>
        )}
        {positions && (
          <div data-testid="import-positions">
            <Text as="p" block>
              {positions.done}
            </Text>
            {positions.issues.length > 0 && (
              <>
                <Text as="p" block>
                  {t("paneImport.positionsIssues", { count: positions.issues.length })}
                </Text>
                <ul>
                  {positions.issues.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </div>
  );
}

/** `3 virhettä, 1 varoitus`; `1 error, 2 warnings`: each count in its plural form. */
export function findingsText(
  lang: Lang,
  found: { readonly errors: number; readonly warnings: number } | null,
): string {
  if (found === null) return "";
  return paneImportText(lang, "paneImport.findings", {
    errors: paneImportText(lang, `paneImport.errors.${pluralForm(lang, found.errors)}`, {
      n: found.errors,
    }),
    warnings: paneImportText(lang, `paneImport.warnings.${pluralForm(lang, found.warnings)}`, {
      n: found.warnings,
    }),
  });
}

/** What the import wrote: the proposals, the round settings, or both. */
function importedNotice(
  lang: Lang,
  imported: readonly ImportedSheet[],
  log: string,
): PaneNotice<"success"> {
  const settings = imported.find((sheet) => sheet.kind === "settings");
  const count = imported.filter((sheet) => sheet.kind !== "settings").length;
  if (settings && count === 0)
    return { intent: "success", key: "paneImport.doneSettings", params: { sheet: settings.sheet } };
  return {
    intent: "success",
    key: `${settings ? "paneImport.doneWithSettings" : "paneImport.done"}.${pluralForm(lang, count)}`,
    params: { count, log, ...(settings ? { sheet: settings.sheet } : {}) },
  };
}

/** A reason code as words; an unknown code reads as "could not be read". */
export function reasonText(lang: Lang, code: string): string {
  const key = `paneImport.reason.${code}`;
  const known = Object.prototype.hasOwnProperty.call(paneImport.en, key);
  return paneImportText(
    lang,
    known ? (key as PaneImportMessageKey) : "paneImport.reason.parse-failed",
  );
}
