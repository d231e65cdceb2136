import { Button, Checkbox, ProgressBar, Text } from "@fluentui/react-components";
import { useState, type DragEvent } from "react";
import type { PreviewRow } from "../../../core/import/selection";
import { pluralForm } from "../../../core/i18n/plural";
import { paneImportText, type PaneImportMessageKey } from "../../../core/i18n/messages/paneImport";
import { ministryAbbreviation } from "../../../core/consolidate/vocab";
import { formatEuros } from "../../../core/locale/houseStyle";
import type { Lang } from "../../../core/model/lang";
import { regionEntryLabel } from "../../../core/templates/listsSheet";
import { FilePickButton } from "../../components/FilePickButton";
import { NoticeContent } from "../../components/NoticeBar";
import { noticeText } from "../../hostErrors";
import { textFor } from "../../shell/text";
import { findingsText, reasonText } from "./importText";
import type { ImportSectionState } from "./useImportSection";
import { useImportStyles } from "./useImportStyles";

type ImportText = (key: PaneImportMessageKey, params?: Record<string, string | number>) => string;

export interface ImportPanelProps {
  readonly state: ImportSectionState;
  readonly lang: Lang;
}

/** The Import section: choose files, see a preview per file, confirm, one write. */
export function ImportPanel({ state, lang }: ImportPanelProps) {
  const styles = useImportStyles();
  const t: ImportText = (key, params) => paneImportText(lang, key, params);
  const [dragging, setDragging] = useState(false);
  const { phase, busy } = state;

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void state.readFiles(Array.from(event.dataTransfer.files));
  };

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
          onFiles={(files) => void state.readFiles(files)}
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
          <Button onClick={state.cancel}>{t("paneImport.cancel")}</Button>
        </div>
      )}
      {phase.kind === "writing" && <Text>{t("paneImport.writing")}</Text>}

      {state.rows.length > 0 && (
        <section aria-label={t("paneImport.previewCaption")}>
          <ul className={styles.list} data-testid="import-preview">
            {state.rows.map((row) => (
              <PreviewItem key={row.key} row={row} state={state} lang={lang} t={t} />
            ))}
          </ul>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabled={
                busy ||
                (state.count === 0 && !state.withSettings && state.packageCount === 0) ||
                !state.available
              }
              onClick={() => void state.confirm()}
            >
              {importLabel(state, lang, t)}
            </Button>
            <Button disabled={busy} onClick={state.clear}>
              {t("paneImport.clear")}
            </Button>
          </div>
        </section>
      )}
      <div role="status" aria-live="polite">
        {state.message && (
          <div
            className={state.message.intent === "error" ? styles.problem : undefined}
            data-testid="import-message"
          >
            <NoticeContent
              notice={state.message}
              text={noticeText(lang, state.message)}
              t={textFor(lang)}
            />
          </div>
        )}
        {state.positions && (
          <div data-testid="import-positions">
            <Text as="p" block>
              {state.positions.done}
            </Text>
            {state.positions.issues.length > 0 && (
              <>
                <Text as="p" block>
                  {t("paneImport.positionsIssues", { count: state.positions.issues.length })}
                </Text>
                <ul>
                  {state.positions.issues.map((line, i) => (
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

/** The import button's words: what the ticked rows will write. */
function importLabel(state: ImportSectionState, lang: Lang, t: ImportText): string {
  const { count, withSettings, packageCount } = state;
  if (packageCount > 0)
    return t("paneImport.importWithPositions", { count, packages: packageCount });
  if (count === 0 && withSettings) return t("paneImport.importSettings");
  return t(
    `${withSettings ? "paneImport.importWithSettings" : "paneImport.import"}.${pluralForm(lang, count)}`,
    { count },
  );
}

interface PreviewItemProps {
  readonly row: PreviewRow;
  readonly state: ImportSectionState;
  readonly lang: Lang;
  readonly t: ImportText;
}

/** One previewed row: its tick box, what it holds, and why it cannot or should not be imported. */
function PreviewItem({ row, state, lang, t }: PreviewItemProps) {
  const styles = useImportStyles();
  return (
    <li className={styles.row} data-testid="import-row">
      {row.unusable === null ? (
        <Checkbox
          checked={state.included.has(row.key)}
          disabled={state.busy}
          label={t(row.settings ? "paneImport.includeSettings" : "paneImport.includeFile", {
            file: row.file,
          })}
          onChange={(_event, data) => state.setIncluded(row.key, data.checked === true)}
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
  );
}
