import { Label, Select, Text, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import { LANGS, isLang, type Lang } from "../../core/model/lang";
import type { HostKind } from "../host";
import type { Translate } from "../shell/text";

const PaneMenu = lazy(() => import(/* webpackChunkName: "pane-menu" */ "./PaneMenu"));

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  titleBlock: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  title: { margin: 0 },
  note: { color: tokens.colorNeutralForeground2 },
  language: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
  },
});

export interface HeaderProps {
  readonly lang: Lang;
  readonly hostKind: HostKind;
  readonly t: Translate;
  readonly onLangChange: (lang: Lang) => void;
  /** Opens the self-check; without it the pane's menu is not shown. */
  readonly onSelfCheck?: () => void;
}

/** The app title, where it runs, and the UI language switch. */
export function Header({ lang, hostKind, t, onLangChange, onSelfCheck }: HeaderProps) {
  const styles = useStyles();
  const selectId = useId("language");
  return (
    <header className={styles.root}>
      <div className={styles.titleBlock}>
        <Text as="h1" size={500} weight="semibold" className={styles.title}>
          {t("common.app.title")}
        </Text>
        {hostKind === "browser" && (
          <Text size={200} className={styles.note} data-testid="outside-excel">
            {t("common.outsideExcel.note")}
          </Text>
        )}
      </div>
      <div className={styles.language}>
        <Label htmlFor={selectId} size="small">
          {t("common.language.label")}
        </Label>
        <Select
          id={selectId}
          size="small"
          value={lang}
          onChange={(_event, data) => {
            if (isLang(data.value)) onLangChange(data.value);
          }}
        >
          {LANGS.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`common.language.${code}`)}
            </option>
          ))}
        </Select>
        {onSelfCheck && (
          <Suspense fallback={null}>
            <PaneMenu t={t} onSelfCheck={onSelfCheck} />
          </Suspense>
        )}
      </div>
    </header>
  );
}
