import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useCallback, useLayoutEffect, useRef } from "react";
import { LANGS, isLang } from "../../../core/model/lang";
import { NoticeBar } from "../../components/NoticeBar";
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
  const html = state.memo?.html;
  // Before paint, so that the outline is right from the first moment the preview shows.
  useLayoutEffect(() => {
    if (html !== undefined && previewElement.current) shiftHeadingLevels(previewElement.current);
  }, [html]);
  const status = state.making
    ? t("paneConsolidate.memo.making")
    : state.copying
      ? t("paneConsolidate.memo.copying")
      : state.memo
        ? t("paneConsolidate.memo.ready")
        : "";
  return (
    <div className={styles.root} data-testid="memo-section">
      <Text as="p" block>
        {t("pane.purpose.memo")}
      </Text>
      {!state.available && (
        <Text as="p" block data-testid="memo-no-workbook">
          {t("paneSections.noWorkbook")}
        </Text>
      )}
      <div className={styles.toolbar}>
        <Field label={t("paneConsolidate.memo.lang")}>
          <Select
            value={state.memoLang}
            disabled={state.copying}
            onChange={(_event, data) => {
              if (isLang(data.value)) state.setMemoLang(data.value);
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
          disabled={!state.available || state.making || state.copying}
          onClick={state.refresh}
        >
          {t("paneConsolidate.memo.refresh")}
        </Button>
        <Button
          appearance="primary"
          disabled={state.memo === null || state.making || state.copying}
          onClick={() => void state.copy()}
        >
          {t("paneConsolidate.memo.copy")}
        </Button>
      </div>
      <div role="status" aria-live="polite" className={styles.status} data-testid="memo-status">
        {status}
      </div>
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={state.noticeText}
          t={t}
          data-testid="memo-notice"
          data-outcome={state.copied?.kind ?? ""}
        />
      )}
      {state.memo && (
        // The core escapes every workbook value in this HTML; it is only ever put into this
        // container, which holds nothing else, and innerHTML never runs scripts. Its headings
        // are announced below the section's own (shiftHeadingLevels).
        <div
          ref={previewRef}
          role="region"
          aria-label={t("paneConsolidate.memo.preview")}
          tabIndex={0}
          className={styles.preview}
          data-testid="memo-preview"
          dangerouslySetInnerHTML={{ __html: state.memo.html }}
        />
      )}
    </div>
  );
}
