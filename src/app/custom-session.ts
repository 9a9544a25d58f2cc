import { parseDatasetText } from '../dataset/parse';
import { dashboardActions } from '../store';

/** Where a researcher's file is kept for the tab's session: a reload or Present keeps it. */
const KEY = 'nk-russia-arms:custom-dataset';

/** Keeps a loaded file for the tab; a file too large for the browser's storage stays with this page alone. */
export function rememberCustomFile(label: string, text: string) {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ label, text }));
  } catch {
    // Storage full or switched off: the file is still on screen, only not after a reload.
  }
}

export function forgetCustomFile() {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing was kept.
  }
}

/**
 * Puts back the file a researcher loaded earlier in this tab, checked again as on first load.
 * Returns true when one was restored; anything unreadable is forgotten.
 */
export function restoreCustomFile(): boolean {
  let kept: { label?: unknown; text?: unknown } | null;
  try {
    kept = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    kept = null;
  }
  if (kept === null || typeof kept.label !== 'string' || typeof kept.text !== 'string')
    return false;
  const result = parseDatasetText(kept.text);
  if (!result.ok) {
    forgetCustomFile();
    return false;
  }
  dashboardActions().datasetLoaded(result.dataset, {
    kind: 'custom',
    label: kept.label,
    via: 'file',
    migratedFrom: result.migratedFrom,
  });
  return true;
}
