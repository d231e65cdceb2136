/** The MIME types of what the pane hands the user to save. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const ZIP_TYPE = "application/zip";

/** A link target for bytes; revoke it with `URL.revokeObjectURL` when it is no longer shown. */
export function objectUrl(bytes: Uint8Array, type: string): string {
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type }));
}

/** Saves bytes as a file the browser's way: a download link, clicked once. */
export function downloadBytes(bytes: Uint8Array, fileName: string, type: string): void {
  const url = objectUrl(bytes, type);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
