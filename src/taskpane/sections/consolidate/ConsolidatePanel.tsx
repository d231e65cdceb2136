import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { Lang } from "../../../core/model/lang";
import type { ConsolidationPhase } from "../../../operations";
import { FilePickButton } from "../../components/FilePickButton";
import { LanguageField } from "../../components/LanguageField";
import { NoticeBar } from "../../components/NoticeBar";
import { SectionIntro } from "../../components/SectionIntro";
import { StatusLine } from "../../components/StatusLine";
import { useSectionStyles } from "../../components/useSectionStyles";
import { noticeText } from "../../hostErrors";
import type { Translate } from "../../shell/text";
import { PackagesPanel } from "./PackagesPanel";
import { summaryLines } from "./summaryText";
import type { ConsolidateSectionState } from "./useConsolidateSection";
import type { PackagesState } from "./usePackages";
import { useConsolidateStyles } from "./useConsolidateStyles";
import { SectionHeading } from "../../components/SectionHeading";

export interface ConsolidatePanelProps {
  readonly state: ConsolidateSectionState;
  /** The UI language (the result is shown in it; the sheets are in `state.outputLang`). */
  readonly lang: Lang;
  readonly t: Translate;
  /** The ministries' preparation packages, made from the same workbook. */
  readonly packages?: PackagesState;
  /** The host is Excel: packages open as new workbooks. */
  readonly excel?: boolean;
}

const PHASES: readonly ConsolidationPhase[] = ["reading", "computing", "writing"];

/** The Consolidate section: language, run, progress, cancel, the question, the result. */
export function ConsolidatePanel({ state, lang, t, packages, excel }: ConsolidatePanelProps) {
  const base = useSectionStyles();
  const styles = useConsolidateStyles();
  const phaseText = state.phase === null ? "" : t(`paneConsolidate.phase.${state.phase}`);
  return (
    <div className={base.root} data-testid="consolidate-section">
      <SectionIntro
        purpose={t("pane.purpose.consolidate")}
        available={state.available}
        testId="consolidate"
        t={t}
      />
      <div className={base.toolbar}>
        <LanguageField
          label={t("paneConsolidate.lang")}
          value={state.outputLang}
          disabled={state.busy}
          onChange={state.setOutputLang}
          t={t}
        />
        <Button
          appearance="primary"
          disabled={!state.available || state.busy || packages?.busy === true}
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
      <div className={base.toolbar} data-testid="consolidate-previous">
        <FilePickButton
          label={t("paneConsolidate.previous.pick")}
          accept=".xlsx"
          disabled={state.busy}
          inputTestId="consolidate-previous-file"
          onFiles={(files) => void state.pickPrevious(files)}
        />
        <Text data-testid="consolidate-previous-chosen">
          {state.previous
            ? t("paneConsolidate.previous.chosen", { file: state.previous.file })
            : t("paneConsolidate.previous.none")}
        </Text>
        {state.previous && (
          <Button disabled={state.busy} onClick={state.clearPrevious}>
            {t("paneConsolidate.previous.clear")}
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
      <StatusLine data-testid="consolidate-status" data-phase={state.phase ?? ""}>
        {phaseText}
      </StatusLine>
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={noticeText(lang, state.notice)}
          t={t}
          data-testid="consolidate-notice"
        />
      )}
      {state.summary && <Result state={state} lang={lang} t={t} />}
      {packages && (
        <PackagesPanel
          packages={packages}
          excel={excel === true}
          disabled={state.busy}
          lang={lang}
          t={t}
        />
      )}
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
      <SectionHeading level={3} id="ra-consolidate-result" className={styles.heading}>
        {t("paneConsolidate.result.heading")}
      </SectionHeading>
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
