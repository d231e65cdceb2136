import { Badge, Button, Field, Text, Textarea, mergeClasses } from "@fluentui/react-components";
import { useMemo, useRef } from "react";
// The view's texts, loaded with it.
import "../../core/i18n/messages/excel";
import type { Lang } from "../../core/model/lang";
import { SELF_CHECKS, type SelfCheckRunner } from "../../workbook/selfCheck";
import { StatusLine } from "../components/StatusLine";
import { useSectionStyles } from "../components/useSectionStyles";
import type { HostKind } from "../host";
import { textFor } from "../shell/text";
import { useSelfCheck } from "./useSelfCheck";
import { useSelfCheckStyles } from "./useSelfCheckStyles";
import { SectionHeading } from "../components/SectionHeading";

const NO_RUNNER: SelfCheckRunner = () => Promise.reject(new Error("not in Excel"));

export interface SelfCheckViewProps {
  readonly lang: Lang;
  readonly hostKind: HostKind;
  readonly onBack: () => void;
  /** The checks to run: Excel's, handed down by the Excel entry; none outside Excel. */
  readonly runner: SelfCheckRunner | undefined;
  readonly clipboard?: Pick<Clipboard, "writeText">;
}

/**
 * The self-check (`?view=selfcheck`, or the pane's menu): runs every check in this Excel,
 * shows pass or fail for each with where it ran, and offers the report to copy.
 */
export function SelfCheckView({
  lang,
  hostKind,
  onBack,
  runner,
  clipboard = typeof navigator === "undefined" ? undefined : navigator.clipboard,
}: SelfCheckViewProps) {
  const t = useMemo(() => textFor(lang), [lang]);
  const state = useSelfCheck(runner ?? NO_RUNNER, SELF_CHECKS.length, clipboard);
  const inExcel = hostKind === "excel" && runner !== undefined;
  const section = useSectionStyles();
  const styles = useSelfCheckStyles();
  const reportRef = useRef<HTMLTextAreaElement>(null);
  const env = state.report?.environment;
  const passed = state.results.filter((r) => r.passed).length;
  const byId = new Map(state.results.map((r) => [r.id, r]));
  const status =
    state.phase === "running"
      ? t("excel.selfCheck.running", { done: state.done, total: state.total })
      : state.phase === "done"
        ? t("excel.selfCheck.done", { passed, total: state.results.length })
        : state.phase === "stopped"
          ? t("excel.selfCheck.stopped")
          : "";

  return (
    <section className={section.root} aria-labelledby="ra-selfcheck-title" data-view="selfcheck">
      <SectionHeading level={2} id="ra-selfcheck-title" className={styles.heading}>
        {t("excel.selfCheck.title")}
      </SectionHeading>
      <Text block>{t("excel.selfCheck.intro")}</Text>
      {!inExcel && (
        <Text block data-testid="selfcheck-needs-excel">
          {t("excel.selfCheck.needsExcel")}
        </Text>
      )}
      <div className={section.toolbar}>
        <Button
          appearance="primary"
          disabled={!inExcel || state.phase === "running"}
          onClick={state.start}
        >
          {t("excel.selfCheck.run")}
        </Button>
        <Button onClick={onBack}>{t("excel.selfCheck.back")}</Button>
      </div>
      <StatusLine data-testid="selfcheck-status">
        {status}
        {state.phase === "stopped" && state.detail !== "" && ` (${state.detail})`}
      </StatusLine>
      <SectionHeading level={3} block={false} className={styles.heading}>
        {t("excel.selfCheck.results")}
      </SectionHeading>
      <ul className={styles.list} lang="en" data-testid="selfcheck-list">
        {SELF_CHECKS.map(({ id, name }) => {
          const result = byId.get(id);
          return (
            <li
              key={id}
              className={styles.item}
              data-check={id}
              data-result={result ? (result.passed ? "pass" : "fail") : "pending"}
            >
              {result && (
                <Badge
                  className={styles.badge}
                  appearance="tint"
                  color={result.passed ? "success" : "danger"}
                  lang={lang}
                >
                  {t(result.passed ? "excel.selfCheck.pass" : "excel.selfCheck.fail")}
                </Badge>
              )}
              <span className={styles.name}>
                {name}
                {result && !result.passed && `: ${result.detail}`}
              </span>
            </li>
          );
        })}
      </ul>
      {env && (
        <dl className={styles.environment} data-testid="selfcheck-environment">
          {(
            [
              ["excel.selfCheck.host", env.host],
              ["excel.selfCheck.platform", env.platform],
              ["excel.selfCheck.version", env.version],
              ["excel.selfCheck.locale", `${env.culture} / ${env.displayLanguage}`],
            ] as const
          ).map(([key, value]) => (
            <div key={key} className={styles.pair}>
              <dt className={styles.term}>{t(key)}</dt>
              <dd className={styles.value}>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {state.text !== "" && (
        <>
          <Field label={t("excel.selfCheck.report")}>
            <Textarea
              ref={reportRef}
              readOnly
              resize="vertical"
              value={state.text}
              textarea={{ className: mergeClasses(styles.report), lang: "en" }}
              data-testid="selfcheck-report"
            />
          </Field>
          <div className={section.toolbar}>
            <Button
              onClick={() =>
                state.copyReport(() => {
                  reportRef.current?.focus();
                  reportRef.current?.select();
                })
              }
            >
              {t("excel.selfCheck.copy")}
            </Button>
          </div>
          <StatusLine data-testid="selfcheck-copy">
            {state.copy === "copied"
              ? t("excel.selfCheck.copied")
              : state.copy === "refused"
                ? t("excel.selfCheck.copyRefused")
                : ""}
          </StatusLine>
        </>
      )}
    </section>
  );
}
