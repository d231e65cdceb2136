import { Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import type { SectionDefinition } from "../sections";
import type { Translate } from "../shell/text";
import { isSectionId, type SectionId } from "../shell/view";

const useStyles = makeStyles({
  root: {
    flexWrap: "wrap",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

/** The id of a section's tab; its panel is labelled by it. */
export function tabId(id: SectionId): string {
  return `ra-tab-${id}`;
}

export const PANEL_ID = "ra-section-panel";

export interface NavigationProps {
  readonly sections: readonly SectionDefinition[];
  readonly active: SectionId;
  readonly t: Translate;
  readonly onSelect: (id: SectionId) => void;
}

/** The section tabs; arrow keys move between them, as in any tab list. */
export function Navigation({ sections, active, t, onSelect }: NavigationProps) {
  const styles = useStyles();
  return (
    <nav aria-label={t("common.nav.label")}>
      <TabList
        className={styles.root}
        size="small"
        selectedValue={active}
        onTabSelect={(_event, data) => {
          if (isSectionId(data.value)) onSelect(data.value);
        }}
      >
        {sections.map(({ id }) => (
          <Tab key={id} value={id} id={tabId(id)} aria-controls={PANEL_ID}>
            {t(`common.nav.${id}`)}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
