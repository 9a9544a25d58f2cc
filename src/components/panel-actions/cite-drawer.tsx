import { citation } from '../../lib/cite';
import { todayIso } from '../../lib/recency';
import { CopyField } from './copy-field';
import { newestShown } from './newest-shown';

interface CiteDrawerProps {
  panelId: string;
  url: string;
  /** The day the dataset was last changed. */
  updated: string;
  datasetTitle: string;
}

/** A citation of the panel in the view the reader has, ready to copy. */
export function CiteDrawer({ panelId, url, updated, datasetTitle }: CiteDrawerProps) {
  const section = document.querySelector(`section[data-panel="${panelId}"]`);
  const panelTitle = section?.querySelector('.panel__title')?.textContent ?? undefined;
  const newest = section ? newestShown(section) : undefined;
  const text = citation({
    title: datasetTitle,
    panelTitle,
    updated,
    newest,
    url,
    accessed: todayIso(),
  });
  return <CopyField label="Cite this panel" text={text} />;
}
