import { Button, makeStyles, type ButtonProps } from "@fluentui/react-components";
import { useRef } from "react";

const useStyles = makeStyles({
  // Out of sight and out of the tab order: the button opens it.
  hiddenInput: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

export interface FilePickButtonProps {
  readonly label: string;
  /** The file types offered, as for `<input accept>`. */
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly appearance?: ButtonProps["appearance"];
  /** The test id of the hidden file input. */
  readonly inputTestId: string;
  readonly onFiles: (files: File[]) => void;
}

/** A button that opens the file chooser; the files chosen are passed on, then forgotten. */
export function FilePickButton({
  label,
  accept,
  multiple,
  disabled,
  appearance,
  inputTestId,
  onFiles,
}: FilePickButtonProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple={multiple}
        accept={accept}
        className={styles.hiddenInput}
        tabIndex={-1}
        aria-hidden="true"
        data-testid={inputTestId}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Cleared so that choosing the same file again is seen as a change.
          event.currentTarget.value = "";
          onFiles(files);
        }}
      />
      <Button appearance={appearance} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
