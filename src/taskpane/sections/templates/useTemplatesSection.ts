import { useCallback, useMemo, useState } from "react";
import type { Lang } from "../../../core/model/lang";
import type { WorkbookHost } from "../../../workbook/host";
import {
  insertTemplate,
  runValidation,
  type TemplateInserted,
  type TemplateRequest,
} from "../../../operations";
import { textFor } from "../../shell/text";
import { hostErrorNotice, noticeText, type PaneNotice } from "../../hostErrors";
import {
  checkPeriod,
  defaultForm,
  usesFormPeriod,
  type PeriodCheck,
  type TemplateForm,
} from "./templateForm";

export type TemplatesNotice = PaneNotice<"success" | "error">;

export interface TemplatesSectionState {
  readonly available: boolean;
  readonly form: TemplateForm;
  readonly busy: boolean;
  /** The period's problem, shown beside the year fields once the user tried to insert. */
  readonly periodProblem: string;
  readonly notice: TemplatesNotice | null;
  readonly noticeText: string;
  /** What is under way, for the polite status line. */
  readonly status: string;
  update(change: Partial<TemplateForm>): void;
  insert(): Promise<void>;
}

export interface TemplatesSectionOptions {
  readonly lang: Lang;
  readonly workbook: WorkbookHost | null;
  readonly today?: () => Date;
}

type Outcome =
  | { readonly ok: true; readonly inserted: TemplateInserted }
  | { readonly ok: false; readonly notice: TemplatesNotice };

/** The one request the form asks for; "all 18 regions" reads the round settings first. */
async function insertFromForm(
  workbook: WorkbookHost,
  form: TemplateForm,
  period: PeriodCheck,
  uiLang: Lang,
): Promise<Outcome> {
  let request: TemplateRequest;
  if (!usesFormPeriod(form)) {
    const { validation } = await runValidation(workbook, { lang: uiLang });
    if (validation.settingsSource === null)
      return {
        ok: false,
        notice: { intent: "error", key: "paneSections.templates.error.noSettings" },
      };
    if (validation.settings.period === null)
      return {
        ok: false,
        notice: { intent: "error", key: "paneSections.templates.error.settingsPeriod" },
      };
    request = { kind: "allProposals", lang: form.lang, settings: validation.settings };
  } else {
    if (!period.ok) throw new Error("insertFromForm needs a valid period");
    request =
      form.kind === "settings"
        ? { kind: "settings", lang: form.lang, withThemes: false, period: period.period }
        : {
            kind: "proposal",
            lang: form.lang,
            period: period.period,
            ...(form.region !== "" && form.region !== "all" ? { region: form.region } : {}),
          };
  }
  return { ok: true, inserted: await insertTemplate(workbook, request) };
}

/** The Templates section's state: the form, the insert, and what came of it. */
export function useTemplatesSection({
  lang,
  workbook,
  today = () => new Date(),
}: TemplatesSectionOptions): TemplatesSectionState {
  const t = useMemo(() => textFor(lang), [lang]);
  const [form, setForm] = useState<TemplateForm>(() => defaultForm(lang, today()));
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const [notice, setNotice] = useState<TemplatesNotice | null>(null);

  const period = useMemo(() => checkPeriod(form), [form]);
  const showPeriodProblem = tried && usesFormPeriod(form) && !period.ok;

  const insert = useCallback(async (): Promise<void> => {
    if (workbook === null || busy) return;
    setTried(true);
    if (usesFormPeriod(form) && !period.ok) {
      setNotice({ intent: "error", key: period.problem });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const outcome = await insertFromForm(workbook, form, period, lang);
      if (!outcome.ok) setNotice(outcome.notice);
      else {
        const { sheet, sheets } = outcome.inserted;
        const proposals = sheets.filter((name) => !name.startsWith("_"));
        setNotice(
          proposals.length > 1
            ? {
                intent: "success",
                key: "paneSections.templates.insertedAll",
                params: { count: proposals.length, sheet },
              }
            : { intent: "success", key: "paneSections.templates.inserted", params: { sheet } },
        );
      }
    } catch (error) {
      setNotice(hostErrorNotice(error));
    } finally {
      setBusy(false);
    }
  }, [workbook, busy, form, period, lang]);

  return {
    available: workbook !== null,
    form,
    busy,
    periodProblem: showPeriodProblem && !period.ok ? t(period.problem) : "",
    notice,
    noticeText: notice ? noticeText(lang, notice) : "",
    status: busy ? t("paneSections.templates.inserting") : "",
    update: (change) => {
      setForm((current) => ({ ...current, ...change }));
      setNotice(null);
    },
    insert,
  };
}
