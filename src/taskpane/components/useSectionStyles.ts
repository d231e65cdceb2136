import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The layout every section shares: a column, a wrapping toolbar, a status line. A section
 * adds its own rules in its own hook and combines them with `mergeClasses`.
 */
export const useSectionStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  status: {
    minHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
  },
});
