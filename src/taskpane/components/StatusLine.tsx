import type { HTMLAttributes } from "react";
import { useSectionStyles } from "./useSectionStyles";

/** A section's polite live region: what it is doing or has just done, read out as it changes. */
export function StatusLine({ children, ...rest }: HTMLAttributes<HTMLDivElement>) {
  const styles = useSectionStyles();
  return (
    <div role="status" aria-live="polite" className={styles.status} {...rest}>
      {children}
    </div>
  );
}
