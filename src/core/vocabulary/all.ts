import { FUNDING_SOURCES } from "./fundingSources";
import {
  CROSS_CUTTING,
  DISCUSSION_STATUS,
  IMPLEMENTATION_STATUS,
  LEVELS,
  MINISTRY_POSITION,
  NATIONAL_FOLLOW_UP,
  YES_NO,
} from "./itemValues";
import { MINISTRIES } from "./ministries";
import { REGIONS } from "./regions";
import { DEFAULT_THEMES, THEME_GROUPS } from "./themes";

/** Every built-in list by name, for dropdowns, help sheets and tests over all of them. */
export const VOCABULARIES = {
  regions: REGIONS,
  ministries: MINISTRIES,
  themes: DEFAULT_THEMES,
  themeGroups: THEME_GROUPS,
  crossCutting: CROSS_CUTTING,
  levels: LEVELS,
  discussionStatus: DISCUSSION_STATUS,
  implementationStatus: IMPLEMENTATION_STATUS,
  ministryPosition: MINISTRY_POSITION,
  nationalFollowUp: NATIONAL_FOLLOW_UP,
  fundingSources: FUNDING_SOURCES,
  yesNo: YES_NO,
} as const;
