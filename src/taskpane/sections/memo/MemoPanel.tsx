import { Button, Field, Select } from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useRef } from "react";
import { LanguageField } from "../../components/LanguageField";
import { NoticeBar } from "../../components/NoticeBar";
import { SectionIntro } from "../../components/SectionIntro";
import { StatusLine } from "../../components/StatusLine";
import { useSectionStyles } from "../../components/useSectionStyles";
import type { Translate } from "../../shell/text";
import { shiftHeadingLevels } from "./previewHeadings";
import type { MemoSectionState } from "./useMemoSection";
import { useMemoStyles } from "./useMemoStyles";

export interface MemoPanelProps {
  readonly state: MemoSectionState;
  readonly t: Translate;
}

/** The Memo section: the memo's language, its preview and Copy. */
export function MemoPanel({ state, t }: MemoPanelProps) {
  const base = useSectionStyles();
  const styles = useMemoStyles();
  const { setPreview } = state;
  const previewElement = useRef<HTMLDivElement | null>(null);
  const previewRef = useCallback(
    (element: HTMLDivElement | null) => {
      previewElement.current = element;
      setPreview(element);
    },
    [setPreview],
  );
  const html = state.shown?.html;
  const page = state.region !== null;
  // Before paint, so that the outline is right from the first moment the preview shows.
  useLayoutEffect(() => {
    if (html !== undefined && previewElement.current) shiftHeadingLevels(previewElement.current);
  }, [html]);
  const status = state.making
    ? t("paneConsolidate.memo.making")
    : state.copying
      ? t("paneConsolidate.memo.copying")
      : state.shown
        ? t("paneConsolidate.memo.ready")
        : "";
  return (
    <div className={base.root} data-testid="memo-section">
      <SectionIntro
        purpose={t("pane.purpose.memo")}
        available={state.available}
        testId="memo"
        t={t}
      />
      <div className={base.toolbar}>
        <LanguageField
          label={t("paneConsolidate.memo.lang")}
          value={state.memoLang}
          disabled={state.copying}
          onChange={state.setMemoLang}
          t={t}
        />
        <Field label={t("regionPage.pane.picker")}>
          <Select
            value={state.region ?? ""}
            disabled={state.copying || state.regions.length === 0}
            onChange={(_event, data) => state.setRegion(data.value === "" ? null : data.value)}
            data-testid="memo-region"
          >
            <option value="">{t("regionPage.pane.wholeMemo")}</option>
            {state.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!state.available || state.making || state.copying}
          onClick={state.refresh}
        >
          {t("paneConsolidate.memo.refresh")}
        </Button>
        <Button
          appearance="primary"
          disabled={state.shown === null || state.making || state.copying}
          onClick={() => void state.copy()}
        >
          {t(page ? "regionPage.pane.copy" : "paneConsolidate.memo.copy")}
        </Button>
      </div>
      <StatusLine data-testid="memo-status">{status}</StatusLine>
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={state.noticeText}
          t={t}
          data-testid="memo-notice"
          data-outcome={state.copied?.kind ?? ""}
        />
      )}
      {state.shown && (
        // The core escapes every workbook value in this HTML; it is only ever put into this
        // container, which holds nothing else, and innerHTML never runs scripts. Its headings
        // are announced below the section's own (shiftHeadingLevels).
        <div
          ref={previewRef}
          role="region"
          aria-label={t(page ? "regionPage.pane.preview" : "paneConsolidate.memo.preview")}
          tabIndex={0}
          className={styles.preview}
          data-testid="memo-preview"
          dangerouslySetInnerHTML={{ __html: state.shown.html }}
        />
      )}
    </div>
  );
}
