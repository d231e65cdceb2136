import { Button, Link, ProgressBar, Text } from "@fluentui/react-components";
import type { Lang } from "../../../core/model/lang";
import { NoticeBar } from "../../components/NoticeBar";
import { StatusLine } from "../../components/StatusLine";
import { useSectionStyles } from "../../components/useSectionStyles";
import { noticeText } from "../../hostErrors";
import type { Translate } from "../../shell/text";
import type { PackagesState } from "./usePackages";
import { useConsolidateStyles } from "./useConsolidateStyles";

export interface PackagesPanelProps {
  readonly packages: PackagesState;
  /** Excel opens the packages as new workbooks; the browser page downloads them. */
  readonly excel: boolean;
  /** Another run of the section is under way. */
  readonly disabled: boolean;
  readonly lang: Lang;
  readonly t: Translate;
}

/** The ministries' preparation packages (docs/packages.md): make them, then open or download. */
export function PackagesPanel({ packages, excel, disabled, lang, t }: PackagesPanelProps) {
  const base = useSectionStyles();
  const styles = useConsolidateStyles();
  const { progress } = packages;
  const phaseText =
    progress === null
      ? ""
      : t(`paneConsolidate.packages.phase.${progress.phase}`, {
          n: Math.min(progress.done + 1, progress.total),
          total: progress.total,
        });
  return (
    <section
      aria-labelledby="ra-packages-heading"
      className={styles.result}
      data-testid="packages-section"
    >
      <Text
        as="h3"
        id="ra-packages-heading"
        size={300}
        weight="semibold"
        block
        className={styles.heading}
      >
        {t("paneConsolidate.packages.heading")}
      </Text>
      <Text as="p" block className={styles.heading}>
        {t(excel ? "paneConsolidate.packages.note.excel" : "paneConsolidate.packages.note.browser")}
      </Text>
      <div className={base.toolbar}>
        <Button
          disabled={!packages.available || packages.busy || disabled}
          onClick={() => void packages.run()}
        >
          {t("paneConsolidate.packages.run")}
        </Button>
      </div>
      {progress !== null && (
        <ProgressBar
          value={progress.phase === "reading" ? undefined : progress.done / progress.total}
          aria-label={t("paneConsolidate.packages.progressLabel")}
          aria-valuetext={phaseText}
        />
      )}
      <StatusLine data-testid="packages-status">{phaseText}</StatusLine>
      {packages.notices.map((notice) => (
        <NoticeBar
          key={notice.key}
          notice={notice}
          text={noticeText(lang, notice)}
          t={t}
          data-testid="packages-notice"
          data-key={notice.key}
        />
      ))}
      {packages.links.length > 0 && (
        <div className={styles.result} data-testid="packages-downloads">
          <div className={base.toolbar}>
            <Button appearance="primary" onClick={() => void packages.downloadZip()}>
              {t("paneConsolidate.packages.zip")}
            </Button>
          </div>
          <Text as="h4" size={200} weight="semibold" block className={styles.heading}>
            {t("paneConsolidate.packages.one")}
          </Text>
          <ul className={styles.list} data-testid="packages-links">
            {packages.links.map((link) => (
              <li key={link.fileName}>
                <Link href={link.url} download={link.fileName}>
                  {link.fileName}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
