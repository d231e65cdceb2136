import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  mergeClasses,
} from "@fluentui/react-components";
import { SEVERITIES, type Issue } from "../../../core/rules/issue";
import { NoticeBar } from "../../components/NoticeBar";
import { SectionIntro } from "../../components/SectionIntro";
import { StatusLine } from "../../components/StatusLine";
import { useSectionStyles } from "../../components/useSectionStyles";
import type { Translate } from "../../shell/text";
import type { SeverityGroup, SheetGroup } from "./issueGroups";
import type { ValidateSectionState } from "./useValidateSection";
import { useValidateStyles } from "./useValidateStyles";
import { SectionHeading } from "../../components/SectionHeading";

export interface ValidatePanelProps {
  readonly state: ValidateSectionState;
  readonly t: Translate;
}

/** The Validate section: run, summary, filter, the issues by sheet and severity, fixes. */
export function ValidatePanel({ state, t }: ValidatePanelProps) {
  const base = useSectionStyles();
  const styles = useValidateStyles();
  const busy = state.busy !== null;
  return (
    <div className={base.root}>
      <SectionIntro
        purpose={t("pane.purpose.validate")}
        available={state.available}
        testId="validate"
        t={t}
      />
      {state.notice && (
        <NoticeBar
          notice={state.notice}
          text={state.noticeText}
          t={t}
          data-testid="validate-notice"
        />
      )}
      <div className={mergeClasses(base.toolbar, styles.toolbar)}>
        <Button
          appearance="primary"
          disabled={!state.available || busy}
          onClick={() => void state.validate()}
        >
          {t("paneSections.validate.run")}
        </Button>
        <Button disabled={!state.available || busy} onClick={() => void state.clearMarkers()}>
          {t("paneSections.validate.clearMarkers")}
        </Button>
        <Switch
          label={t("paneSections.validate.live")}
          checked={state.live}
          disabled={!state.available}
          onChange={(_event, data) => state.setLive(data.checked)}
        />
      </div>
      <StatusLine data-testid="validate-status">{state.status}</StatusLine>
      {state.unmarkedText !== "" && (
        <MessageBar intent="info" data-testid="validate-unmarked">
          <MessageBarBody>{state.unmarkedText}</MessageBarBody>
        </MessageBar>
      )}
      {state.counts && <Results state={state} t={t} />}
      {state.available && !state.counts && !busy && (
        <Text as="p" block data-testid="validate-empty">
          {t("common.empty.notChecked")}
        </Text>
      )}
    </div>
  );
}

function Results({ state, t }: ValidatePanelProps) {
  const styles = useValidateStyles();
  const counts = state.counts;
  if (!counts) return null;
  const total = counts.error + counts.warning + counts.info;
  return (
    <>
      <section aria-labelledby="ra-validate-summary">
        <SectionHeading level={3} id="ra-validate-summary" className={styles.heading}>
          {t("paneSections.validate.summary")}
        </SectionHeading>
        <ul className={styles.summary} data-testid="validate-summary">
          {SEVERITIES.map((severity) => (
            <li key={severity} data-severity={severity}>
              {t(`common.severity.${severity}`)}: <strong>{counts[severity]}</strong>
            </li>
          ))}
        </ul>
      </section>
      {total === 0 ? (
        <MessageBar intent="success" data-testid="validate-all-well">
          <MessageBarBody>{t("common.empty.noIssues")}</MessageBarBody>
        </MessageBar>
      ) : (
        <>
          <fieldset className={styles.filter}>
            <legend className={styles.legend}>{t("paneSections.validate.filter")}</legend>
            {SEVERITIES.map((severity) => (
              <Checkbox
                key={severity}
                label={`${t(`common.severity.${severity}`)} (${counts[severity]})`}
                checked={state.shown.has(severity)}
                onChange={(_event, data) => state.setSeverityShown(severity, data.checked === true)}
              />
            ))}
          </fieldset>
          {state.groups.length === 0 ? (
            <Text as="p" block>
              {t("paneSections.validate.hiddenByFilter")}
            </Text>
          ) : (
            state.groups.map((group) => (
              <SheetIssues key={group.key} group={group} state={state} t={t} />
            ))
          )}
        </>
      )}
    </>
  );
}

function SheetIssues({ group, state, t }: ValidatePanelProps & { readonly group: SheetGroup }) {
  const styles = useValidateStyles();
  const title = group.sheet ?? t("paneSections.validate.workbookGroup");
  return (
    <section className={styles.sheet} data-testid="issue-sheet" data-sheet={group.sheet ?? ""}>
      <SectionHeading level={3} className={styles.heading}>
        {title}
      </SectionHeading>
      {group.severities.map((severityGroup) => (
        <SeverityIssues key={severityGroup.key} group={severityGroup} state={state} t={t} />
      ))}
    </section>
  );
}

function SeverityIssues({
  group,
  state,
  t,
}: ValidatePanelProps & { readonly group: SeverityGroup }) {
  const styles = useValidateStyles();
  const limit = state.visibleCount(group.key);
  const visible = group.issues.slice(0, limit);
  const left = group.issues.length - visible.length;
  return (
    <div data-testid="issue-group" data-severity={group.severity}>
      <Text as="h4" size={200} weight="semibold" block className={styles.heading}>
        {t(`common.severity.${group.severity}`)} ({group.issues.length})
      </Text>
      <ul className={styles.list}>
        {visible.map((issue, i) => (
          <IssueRow
            key={`${issue.rule}|${issue.cell ?? ""}|${i}`}
            issue={issue}
            state={state}
            t={t}
          />
        ))}
      </ul>
      {left > 0 && (
        <Button appearance="subtle" size="small" onClick={() => state.showMore(group.key)}>
          {t("paneSections.validate.showMore", { count: left })}
        </Button>
      )}
    </div>
  );
}

function IssueRow({ issue, state, t }: ValidatePanelProps & { readonly issue: Issue }) {
  const styles = useValidateStyles();
  const busy = state.busy !== null;
  const cell = issue.cell ?? t("paneSections.validate.noCell");
  const text = (
    <span className={styles.issueText}>
      <span className={styles.issueMeta}>
        {issue.rule} · {issue.cell ? t("paneSections.validate.cell", { cell }) : cell}
      </span>
      <span>{state.message(issue)}</span>
    </span>
  );
  const sameRule = state.fixable.get(issue.rule) ?? 0;
  return (
    <li
      className={styles.issue}
      data-testid="issue"
      data-rule={issue.rule}
      data-cell={issue.cell ?? ""}
    >
      {issue.sheet !== null && issue.cell !== null ? (
        <Button
          appearance="subtle"
          className={styles.issueButton}
          title={t("paneSections.validate.goTo", { cell: issue.cell, sheet: issue.sheet })}
          onClick={() => void state.select(issue)}
        >
          {text}
        </Button>
      ) : (
        text
      )}
      {issue.fix !== null && (
        <span className={styles.actions}>
          <Button
            size="small"
            disabled={busy}
            aria-label={t("paneSections.validate.fixLabel", { cell })}
            onClick={() => void state.fix(issue)}
          >
            {t("paneSections.validate.fix")}
          </Button>
          {state.canLeave(issue) && (
            <Button
              size="small"
              disabled={busy}
              aria-label={t("paneSections.validate.leaveLabel", { cell })}
              onClick={() => void state.leave(issue)}
            >
              {t("paneSections.validate.leave")}
            </Button>
          )}
          {sameRule > 1 && (
            <Button size="small" disabled={busy} onClick={() => void state.fixAll(issue.rule)}>
              {t("paneSections.validate.fixAll", { rule: issue.rule, count: sameRule })}
            </Button>
          )}
        </span>
      )}
    </li>
  );
}
