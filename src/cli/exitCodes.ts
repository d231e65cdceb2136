/** The command line's exit codes (docs/design.md § 9): nothing else is ever returned. */
export const EXIT_OK = 0;
/** Error-level issues in the round (unreadable files included); the outputs are still written. */
export const EXIT_ISSUES = 1;
/** A usage error, or an output that could not be written (nothing half-written is left). */
export const EXIT_USAGE = 2;
