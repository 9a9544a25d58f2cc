import { citation } from '../../lib/cite';
import { CopyField } from './copy-field';

interface CiteDrawerProps {
  panelId: string;
  url: string;
  asOf: string;
  datasetTitle: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/** A citation of the panel in the view the reader has, ready to copy. */
export function CiteDrawer({ panelId, url, asOf, datasetTitle }: CiteDrawerProps) {
  const panelTitle =
    document.querySelector(`section[data-panel="${panelId}"] .panel__title`)?.textContent ??
    undefined;
  const text = citation({ title: datasetTitle, panelTitle, asOf, url, accessed: today() });
  return <CopyField label="Cite this panel" text={text} />;
}
