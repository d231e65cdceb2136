import { Button, Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import type { FormEvent } from "react";
import { LANGS, isLang, type Lang } from "../../../core/model/lang";
import { NoticeBar } from "../../components/NoticeBar";
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
  const styles = useTemplatesStyles();
  const { form } = state;
  const askPeriod = usesFormPeriod(form);
  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void state.insert();
  };
  return (
    <div className={styles.root}>
      <Text as="p" block>
        {t("paneSections.templates.intro")}
      </Text>
      {!state.available && (
        <Text as="p" block className={styles.hint} data-testid="templates-no-workbook">
          {t("paneSections.noWorkbook")}
        </Text>
      )}
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
        <Field label={t("paneSections.templates.lang")}>
          <Select
            value={form.lang}
            onChange={(_event, data) => {
              if (isLang(data.value)) state.update({ lang: data.value });
            }}
          >
            {LANGS.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`common.language.${code}`)}
              </option>
            ))}
          </Select>
        </Field>
        <div className={styles.actions}>
          <Button type="submit" appearance="primary" disabled={!state.available || state.busy}>
            {t("paneSections.templates.insert")}
          </Button>
        </div>
      </form>
      <div
        role="status"
        aria-live="polite"
        className={styles.status}
        data-testid="templates-status"
      >
        {state.status}
      </div>
    </div>
  );
}
