import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  text: { margin: 0 },
  notice: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
});

export interface NotYetAvailableProps {
  /** What the section will do, in the UI language. */
  readonly purpose: string;
  /** That it does not do it yet, in the UI language. */
  readonly notice: string;
}

/** The honest empty state of a section that is not built yet. */
export function NotYetAvailable({ purpose, notice }: NotYetAvailableProps) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Text as="p" block className={styles.text}>
        {purpose}
      </Text>
      <Text as="p" block className={mergeClasses(styles.text, styles.notice)} data-testid="not-yet">
        {notice}
      </Text>
    </div>
  );
}
