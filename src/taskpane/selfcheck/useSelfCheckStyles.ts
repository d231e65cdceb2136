import { makeStyles, tokens } from "@fluentui/react-components";

/** The self-check view's own layout; the column and toolbar come from `useSectionStyles`. */
export const useSelfCheckStyles = makeStyles({
  heading: { margin: 0 },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "baseline",
  },
  badge: { flexShrink: 0 },
  name: { overflowWrap: "anywhere" },
  environment: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, overflowWrap: "anywhere" },
  report: {
    width: "100%",
    minHeight: "12em",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
});
