import { Text } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface SectionHeadingProps {
  /** 2: the title of a section or view; 3: a part of it. */
  readonly level: 2 | 3;
  /** For `aria-labelledby`. */
  readonly id?: string;
  readonly block?: boolean;
  readonly className?: string;
  readonly children: ReactNode;
}

/** The pane's headings: semibold, size 400 for a title (h2) and 300 for a part (h3). */
export function SectionHeading({
  level,
  id,
  block = true,
  className,
  children,
}: SectionHeadingProps) {
  return (
    <Text
      as={level === 2 ? "h2" : "h3"}
      id={id}
      size={level === 2 ? 400 : 300}
      weight="semibold"
      block={block}
      className={className}
    >
      {children}
    </Text>
  );
}
