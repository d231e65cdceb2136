import {
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
  type MessageBarProps,
} from "@fluentui/react-components";
import type { PaneNotice } from "../hostErrors";
import type { Translate } from "../shell/text";

const useStyles = makeStyles({
  detail: {
    marginTop: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  detailText: { overflowWrap: "anywhere", fontFamily: tokens.fontFamilyMonospace },
});

export type NoticeIntent = "success" | "info" | "warning" | "error";

export interface NoticeBarProps extends Omit<MessageBarProps, "intent" | "children"> {
  readonly notice: PaneNotice<NoticeIntent>;
  /** The notice in the UI language (`noticeText`). */
  readonly text: string;
  readonly t: Translate;
}

/** A section's notice: the message, and any technical detail folded away beneath it. */
export function NoticeBar({ notice, text, t, ...rest }: NoticeBarProps) {
  return (
    <MessageBar intent={notice.intent} {...rest}>
      <MessageBarBody>
        <NoticeContent notice={notice} text={text} t={t} />
      </MessageBarBody>
    </MessageBar>
  );
}

export interface NoticeContentProps {
  readonly notice: PaneNotice<string>;
  readonly text: string;
  readonly t: Translate;
}

/** The message, then the technical detail in a collapsed, secondary line. */
export function NoticeContent({ notice, text, t }: NoticeContentProps) {
  const styles = useStyles();
  return (
    <>
      <span data-testid="notice-text">{text}</span>
      {notice.detail !== undefined && notice.detail !== "" && (
        <details className={styles.detail} data-testid="notice-detail">
          <summary>{t("paneSections.hostError.detail")}</summary>
          <span className={styles.detailText}>{notice.detail}</span>
        </details>
      )}
    </>
  );
}
