import {
  FluentProvider,
  Spinner,
  makeStaticStyles,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Suspense, lazy, useEffect, useMemo, useState } from "react";
import { resolveUiLanguage } from "../core/i18n";
// The shell's own texts; each section loads the areas it shows (./sections).
import "../core/i18n/messages/common";
import "../core/i18n/messages/pane";
import type { Lang } from "../core/model/lang";
import type { BrowserHost } from "../workbook/browser";
import type { WorkbookHost } from "../workbook/host";
import type { SelfCheckRunner } from "../workbook/selfCheck";
import { Header } from "./components/Header";
import { Navigation, PANEL_ID, tabId } from "./components/Navigation";
import type { HostInfo } from "./host";
import { SECTIONS, type SectionDefinition } from "./sections";
import { fluentTheme } from "./shell/fluentTheme";
import { textFor, type Translate } from "./shell/text";
import { chooseTheme, type ThemeChoice } from "./shell/theme";
import { useForcedColors } from "./shell/useForcedColors";
import { isSelfCheckSearch, sectionFromSearch, type SectionId } from "./shell/view";
import { SectionHeading } from "./components/SectionHeading";

/** What a page's entry (its composition root) hands the pane. */
export interface PaneServices {
  /** The in-browser workbook (app.html): handed to every section, with its view and download below. */
  readonly workbook?: BrowserHost;
  /** Inside Excel: the workbook the sections work on, and the self-check of this Excel. */
  readonly excel?: { readonly workbook: WorkbookHost; readonly selfCheck: SelfCheckRunner };
}

export interface AppProps extends PaneServices {
  readonly host: HostInfo;
  /** The page's query string; `?view=` picks the first section. */
  readonly search: string;
  readonly sections?: readonly SectionDefinition[];
}

// Only app.html shows the workbook panel; it is loaded with the ExcelJS reader it needs.
const WorkbookPanel = lazy(() =>
  import("./sections/workbook").then((m) => ({ default: m.WorkbookPanel })),
);

// The self-check of this Excel: its own chunk, loaded when opened.
const SelfCheckView = lazy(() =>
  import(/* webpackChunkName: "selfcheck" */ "./selfcheck").then((m) => ({
    default: m.SelfCheckView,
  })),
);

interface AppState {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
  readonly active: SectionDefinition;
  readonly setActive: (id: SectionId) => void;
  readonly theme: ThemeChoice;
  readonly t: Translate;
  /** The self-check view is open instead of the sections. */
  readonly selfCheck: boolean;
  readonly setSelfCheck: (open: boolean) => void;
}

function useAppState({ host, search, sections = SECTIONS }: AppProps): AppState {
  const [lang, setLang] = useState<Lang>(() => resolveUiLanguage(host.displayLanguage));
  const [activeId, setActive] = useState<SectionId>(() => sectionFromSearch(search));
  const [selfCheck, setSelfCheck] = useState(() => isSelfCheckSearch(search));
  const forcedColors = useForcedColors();
  const t = useMemo(() => textFor(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t("common.app.title");
  }, [lang, t]);
  const active = sections.find((s) => s.id === activeId) ?? sections[0];
  return {
    lang,
    setLang,
    active,
    setActive,
    theme: chooseTheme(host.officeTheme, forcedColors),
    t,
    selfCheck,
    setSelfCheck,
  };
}

const useGlobalStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useAppStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    minWidth: "0",
  },
  main: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
});

/** The pane: header, section tabs and the active section. */
export function App(props: AppProps) {
  const { lang, setLang, active, setActive, theme, t, selfCheck, setSelfCheck } =
    useAppState(props);
  useGlobalStyles();
  const styles = useAppStyles();
  const Section = active.Component;
  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} data-theme={theme}>
      <Header
        lang={lang}
        hostKind={props.host.kind}
        t={t}
        onLangChange={setLang}
        {...(props.excel ? { onSelfCheck: () => setSelfCheck(true) } : {})}
      />
      {selfCheck ? (
        <main className={styles.main}>
          <Suspense fallback={<Spinner size="tiny" label={t("pane.loading")} />}>
            <SelfCheckView
              lang={lang}
              hostKind={props.host.kind}
              runner={props.excel?.selfCheck}
              onBack={() => setSelfCheck(false)}
            />
          </Suspense>
        </main>
      ) : (
        <>
          <Navigation
            sections={props.sections ?? SECTIONS}
            active={active.id}
            t={t}
            onSelect={setActive}
          />
          <main className={styles.main}>
            <div
              role="tabpanel"
              className={styles.panel}
              id={PANEL_ID}
              aria-labelledby={tabId(active.id)}
              data-section={active.id}
            >
              <SectionHeading level={2} className={styles.heading}>
                {t(`common.nav.${active.id}`)}
              </SectionHeading>
              <Suspense fallback={<Spinner size="tiny" label={t("pane.loading")} />}>
                <Section
                  lang={lang}
                  host={props.host}
                  workbook={props.workbook ?? props.excel?.workbook ?? null}
                />
              </Suspense>
            </div>
          </main>
        </>
      )}
      {props.workbook && (
        <Suspense fallback={<Spinner size="tiny" label={t("pane.loading")} />}>
          <WorkbookPanel lang={lang} workbook={props.workbook} />
        </Suspense>
      )}
    </FluentProvider>
  );
}
