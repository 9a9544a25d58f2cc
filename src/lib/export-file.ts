/**
 * `<panel-id>[-<view>]-<date>.<ext>`: the same id as the panel, its embed URL and its data-panel,
 * then the words of the view when it is not the panel's whole ("injured", "high-confidence"), so
 * that two files of one panel in different views are told apart by name.
 */
export function exportFileName(
  panelId: string,
  date: string,
  extension: string,
  view: readonly string[] = [],
): string {
  return `${[panelId, ...view, date].join('-')}.${extension}`;
}

/** The filters in force as words for a file's name. */
export function viewFileWords(view: {
  minConfidence: 'low' | 'medium' | 'high';
  asOf: string | null;
}): string[] {
  return [
    ...(view.minConfidence === 'low' ? [] : [`${view.minConfidence}-confidence`]),
    ...(view.asOf === null ? [] : [`known-as-of-${view.asOf}`]),
  ];
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
