import { Text } from "@fluentui/react-components";
import type { Translate } from "../shell/text";

export interface SectionIntroProps {
  /** The section's purpose, already in the UI language. */
  readonly purpose: string;
  /** False when there is no workbook to work on: then says so under the purpose. */
  readonly available: boolean;
  /** Prefix of the no-workbook line's test id (`<testId>-no-workbook`). */
  readonly testId: string;
  readonly noWorkbookClassName?: string;
  readonly t: Translate;
}

/** A section's opening: what it is for and, without a workbook, that one is needed. */
export function SectionIntro({
  purpose,
  available,
  testId,
  noWorkbookClassName,
  t,
}: SectionIntroProps) {
  return (
    <>
      <Text as="p" block>
        {purpose}
      </Text>
      {!available && (
        <Text as="p" block className={noWorkbookClassName} data-testid={`${testId}-no-workbook`}>
          {t("paneSections.noWorkbook")}
        </Text>
      )}
    </>
  );
}
