import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
  Select,
  Text,
} from "@fluentui/react-components";
import { LANGS, isLang, type Lang } from "../../../core/model/lang";
import type { ConsolidationPhase } from "../../../workbook/operations";
import { NoticeBar } from "../../components/NoticeBar";
import { noticeText } from "../../hostErrors";
import type { Translate } from "../../shell/text";
import { summaryLines } from "./summaryText";
import type { ConsolidateSectionState } from "./useConsolidateSection";
import { useConsolidateStyles } from "./useConsolidateStyles";

export interface ConsolidatePanelProps {
  readonly state: ConsolidateSectionState;
  /** The UI language (the result is shown in it; the sheets are in `state.outputLang`). */
  readonly lang: Lang;
  readonly t: Translate;
}

const PHASES: readonly ConsolidationPhase[] = ["reading", "computing", "writing"];

/** The Consolidate section: language, run, progress, cancel, the question, the result. */
export function ConsolidatePanel({ state, lang, t }: ConsolidatePanelProps) {
  const styles = useConsolidateStyles();
  const phaseText = state.phase === null ? "" : t(`paneConsolidate.phase.${state.phase}`);
  return (
    <div className={styles.root} data-testid="consolidate-section">
      <Text as="p" block>
        {t("pane.purpose.consolidate")}
      </Text>
      {!state.available && (
        <Text as="p" block data-testid="consolidate-no-workbook">
          {t("paneSections.noWorkbook")}
        </Text>
      )}
      <div className={styles.toolbar}>
        <Field label={t("paneConsolidate.lang")}>
          <Select
            value={state.outputLang}
            disabled={state.busy}
            onChange={(_event, data) => {
              if (isLang(data.value)) state.setOutputLang(data.value);
            }}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`common.language.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={!state.available || state.busy}
          onClick={() => void state.run()}
        >
          {t("paneConsolidate.run")}
        </Button>
        {state.busy && (
          <Button
            disabled={!state.canCancel}
            onClick={state.cancel}
            data-testid="consolidate-cancel"
          >
            {state.canCancel ? t("paneConsolidate.cancel") : t("paneConsolidate.cannotCancel")}
          </Button>
        )}
      </div>
      {state.phase !== null && (
        <div className={styles.progress}>
          <ProgressBar
            value={(PHASES.indexOf(state.phase) + 1) / (PHASES.length + 1)}
            aria-label={t("paneConsolidate.progressLabel")}
            aria-valuetext={phaseText}
          />
        </div>
      )}
      <div
        role="status"
        aria-live="polite"
        className={styles.status}
        data-testid="consolidate-status"
        data-phase={state.phase ?? ""}
      >
        {phaseText}
      </div>
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={noticeText(lang, state.notice)}
          t={t}
          data-testid="consolidate-notice"
        />
      )}
      {state.summary && <Result state={state} lang={lang} t={t} />}
      <ConsentDialog state={state} t={t} />
    </div>
  );
}

function Result({ state, lang, t }: ConsolidatePanelProps) {
  const styles = useConsolidateStyles();
  const summary = state.summary;
  if (!summary) return null;
  return (
    <section
      aria-labelledby="ra-consolidate-result"
      className={styles.result}
      data-testid="consolidate-result"
    >
      <Text
        as="h3"
        id="ra-consolidate-result"
        size={300}
        weight="semibold"
        block
        className={styles.heading}
      >
        {t("paneConsolidate.result.heading")}
      </Text>
      <ul className={styles.list} data-testid="consolidate-summary">
        {summaryLines(summary, lang, t).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {summary.sheets.length > 0 && (
        <>
          <Text as="h4" size={200} weight="semibold" block className={styles.heading}>
            {t("paneConsolidate.result.sheets")}
          </Text>
          <ul className={styles.sheets} data-testid="consolidate-sheets">
            {summary.sheets.map((sheet) => (
              <li key={sheet}>
                <Button
                  size="small"
                  appearance="secondary"
                  className={styles.sheetButton}
                  title={t("paneConsolidate.result.goTo", { sheet })}
                  onClick={() => void state.goToSheet(sheet)}
                >
                  {sheet}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ConsentDialog({ state, t }: Omit<ConsolidatePanelProps, "lang">) {
  const styles = useConsolidateStyles();
  const sheets = state.editedSheets;
  return (
    <Dialog
      open={sheets !== null}
      modalType="alert"
      onOpenChange={(_event, data) => {
        if (!data.open) state.keepEdited();
      }}
    >
      <DialogSurface data-testid="consolidate-consent">
        <DialogBody>
          <DialogTitle>{t("paneConsolidate.consent.title")}</DialogTitle>
          <DialogContent>
            <Text as="p" block>
              {t("paneConsolidate.consent.body")}
            </Text>
            <ul className={styles.list} data-testid="consolidate-edited">
              {(sheets ?? []).map((sheet) => (
                <li key={sheet}>{sheet}</li>
              ))}
            </ul>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void state.replaceEdited()}>
              {t("paneConsolidate.consent.replace")}
            </Button>
            <Button onClick={state.keepEdited}>{t("paneConsolidate.consent.keep")}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
