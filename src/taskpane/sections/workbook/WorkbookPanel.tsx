import { Button, Label, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useState, useSyncExternalStore } from "react";
import { paneImportText, type PaneImportMessageKey } from "../../../core/i18n/messages/paneImport";
import type { Lang } from "../../../core/model/lang";
import { REGISTRY_SHEET } from "../../../core/model/snapshot";
import type { BrowserHost } from "../../../workbook/browser";
import { XlsxReadError } from "../../../workbook/xlsx";
import { FilePickButton } from "../../components/FilePickButton";
import { reasonText } from "../import/importText";
import { sheetWindow } from "./sheetWindow";
import { sameSheetName } from "../../../core/model/sheetNames";
import { SectionHeading } from "../../components/SectionHeading";
import { downloadBytes, XLSX_TYPE } from "../../download";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  heading: { margin: 0 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  scroller: { overflow: "auto", maxHeight: "60vh", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    whiteSpace: "nowrap",
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightSemibold },
});

export interface WorkbookPanelProps {
  readonly lang: Lang;
  readonly workbook: BrowserHost;
}

/** app.html only: open one .xlsx as the workbook, download a new .xlsx, and see the active sheet. */
export function WorkbookPanel({ lang, workbook }: WorkbookPanelProps) {
  const styles = useStyles();
  const t = (key: PaneImportMessageKey, params?: Record<string, string | number>) =>
    paneImportText(lang, key, params);
  const snapshot = useSyncExternalStore(workbook.subscribe, workbook.current);
  const selectId = useId("sheet");
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);

  const sheets = snapshot.sheets.filter(
    (sheet) => !sameSheetName(sheet.name, REGISTRY_SHEET) && sheet.visibility !== "veryHidden",
  );
  const active =
    sheets.find((s) => chosen !== null && sameSheetName(s.name, chosen)) ??
    sheets.find((s) => sameSheetName(s.name, snapshot.activeSheet ?? "")) ??
    sheets.find((s) => s.visibility === "visible") ??
    sheets[0];

  const open = async (files: File[]) => {
    if (files.length === 0) return;
    setBusy(true);
    try {
      const read = await workbook.openFiles(files);
      setChosen(null);
      setMessage(t("paneImport.workbook.opened", { file: read.file }));
    } catch (error) {
      const reason = reasonText(
        lang,
        error instanceof XlsxReadError ? error.reason.code : "parse-failed",
      );
      setMessage(t("paneImport.workbook.openFailed", { file: files[0].name, reason }));
    } finally {
      setBusy(false);
    }
  };

  const download = async () => {
    setBusy(true);
    try {
      const { bytes, fileName } = await workbook.download();
      downloadBytes(bytes, fileName, XLSX_TYPE);
      setMessage(t("paneImport.workbook.downloaded", { file: fileName }));
    } catch (error) {
      setMessage(String(error));
    } finally {
      setBusy(false);
    }
  };

  const view = active ? sheetWindow(active, lang) : null;
  return (
    <section
      className={styles.root}
      aria-labelledby={`${selectId}-heading`}
      data-testid="workbook-panel"
    >
      <SectionHeading level={2} block={false} className={styles.heading} id={`${selectId}-heading`}>
        {t("paneImport.workbook.heading")}
      </SectionHeading>
      <div className={styles.actions}>
        <FilePickButton
          label={t("paneImport.workbook.open")}
          accept=".xlsx"
          disabled={busy}
          inputTestId="workbook-open-file"
          onFiles={(files) => void open(files)}
        />
        <Button
          appearance="primary"
          disabled={busy || sheets.length === 0}
          onClick={() => void download()}
        >
          {t("paneImport.workbook.download")}
        </Button>
      </div>
      <Text size={200}>{t("paneImport.workbook.downloadNote")}</Text>
      <div role="status" aria-live="polite">
        {message && <Text data-testid="workbook-message">{message}</Text>}
      </div>
      {!active || !view ? (
        <Text>{t("paneImport.workbook.empty")}</Text>
      ) : (
        <>
          <div>
            <Label htmlFor={selectId}>{t("paneImport.workbook.sheet")}</Label>
            <Select
              id={selectId}
              value={active.name}
              onChange={(_event, data) => setChosen(data.value)}
            >
              {sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.visibility === "visible"
                    ? sheet.name
                    : `${sheet.name} ${t("paneImport.workbook.hidden")}`}
                </option>
              ))}
            </Select>
          </div>
          <div className={styles.scroller} tabIndex={0} role="region" aria-label={active.name}>
            <table className={styles.table} data-testid="workbook-table">
              <caption>
                {t("paneImport.workbook.caption", {
                  sheet: active.name,
                  rows: view.rows.length,
                  cols: view.columns.length,
                })}
              </caption>
              <thead>
                <tr>
                  <td className={`${styles.cell} ${styles.head}`} />
                  {view.columns.map((column) => (
                    <th key={column} scope="col" className={`${styles.cell} ${styles.head}`}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((row, r) => (
                  <tr key={r}>
                    <th scope="row" className={`${styles.cell} ${styles.head}`}>
                      {r + 1}
                    </th>
                    {row.map((text, c) => (
                      <td
                        key={c}
                        className={styles.cell}
                        title={text.length > 30 ? text : undefined}
                      >
                        {text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
