import { Button, Field, Input, Radio, RadioGroup, Select } from "@fluentui/react-components";
import type { FormEvent } from "react";
import type { Lang } from "../../../core/model/lang";
import { LanguageField } from "../../components/LanguageField";
import { NoticeBar } from "../../components/NoticeBar";
import { SectionIntro } from "../../components/SectionIntro";
import { StatusLine } from "../../components/StatusLine";
import { useSectionStyles } from "../../components/useSectionStyles";
import type { Translate } from "../../shell/text";
import { isRegionChoice, regionOptions, usesFormPeriod, type TemplateKind } from "./templateForm";
import type { TemplatesSectionState } from "./useTemplatesSection";
import { useTemplatesStyles } from "./useTemplatesStyles";

export interface TemplatesPanelProps {
  readonly state: TemplatesSectionState;
  readonly lang: Lang;
  readonly t: Translate;
}

const KINDS: readonly TemplateKind[] = ["proposal", "settings"];

/** The Templates section: which template, for which region and period, in which language. */
export function TemplatesPanel({ state, lang, t }: TemplatesPanelProps) {
  const base = useSectionStyles();
  const styles = useTemplatesStyles();
  const { form } = state;
  const askPeriod = usesFormPeriod(form);
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void state.insert();
  };
  return (
    <div className={base.root}>
      <SectionIntro
        purpose={t("paneSections.templates.intro")}
        available={state.available}
        testId="templates"
        noWorkbookClassName={styles.hint}
        t={t}
      />
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={state.noticeText}
          t={t}
          data-testid="templates-notice"
        />
      )}
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <Field label={t("paneSections.templates.kind")}>
          <RadioGroup
            value={form.kind}
            onChange={(_event, data) => {
              if (data.value === "proposal" || data.value === "settings")
                state.update({ kind: data.value });
            }}
          >
            {KINDS.map((kind) => (
              <Radio key={kind} value={kind} label={t(`paneSections.templates.kind.${kind}`)} />
            ))}
          </RadioGroup>
        </Field>
        {form.kind === "proposal" && (
          <Field
            label={t("paneSections.templates.region")}
            hint={form.region === "all" ? t("paneSections.templates.region.allHint") : undefined}
          >
            <Select
              value={form.region}
              onChange={(_event, data) => {
                if (isRegionChoice(data.value)) state.update({ region: data.value });
              }}
            >
              <option value="">{t("paneSections.templates.region.none")}</option>
              {regionOptions(lang).map((option) => (
                <option key={option.code} value={option.value}>
                  {option.label}
                </option>
              ))}
              <option value="all">{t("paneSections.templates.region.all")}</option>
            </Select>
          </Field>
        )}
        {askPeriod && (
          <div className={styles.years}>
            <Field
              className={styles.year}
              label={t("paneSections.templates.periodStart")}
              validationState={state.periodProblem ? "error" : "none"}
              validationMessage={state.periodProblem || undefined}
            >
              <Input
                className={styles.yearInput}
                input={{ className: styles.yearText }}
                inputMode="numeric"
                value={form.start}
                onChange={(_event, data) => state.update({ start: data.value })}
              />
            </Field>
            <Field
              className={styles.year}
              label={t("paneSections.templates.periodEnd")}
              validationState={state.periodProblem ? "error" : "none"}
            >
              <Input
                className={styles.yearInput}
                input={{ className: styles.yearText }}
                inputMode="numeric"
                value={form.end}
                onChange={(_event, data) => state.update({ end: data.value })}
              />
            </Field>
          </div>
        )}
        <LanguageField
          label={t("paneSections.templates.lang")}
          value={form.lang}
          onChange={(code) => state.update({ lang: code })}
          t={t}
        />
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={!state.available || state.busy}>
            {t("paneSections.templates.insert")}
          </Button>
        </div>
      </form>
      <StatusLine data-testid="templates-status">{state.status}</StatusLine>
    </div>
  );
}
