/** `<panel-id>-<as-of-date>.<ext>`: the same id as the panel, its embed URL and its data-panel. */
export function exportFileName(panelId: string, asOf: string, extension: string): string {
  return `${panelId}-${asOf}.${extension}`;
}

/** Hands a file to the browser's download; the object URL is released once the click is done. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * CSV as a file spreadsheet programs read as UTF-8: with a byte-order mark first, without which
 * some take "≈" and accented names for another encoding.
 */
export const csvBlob = (text: string) =>
  new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' });
