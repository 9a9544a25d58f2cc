import { useState } from 'react';
import { citation } from '../../lib/cite';
import { ReleaseChoice, type Pinning } from './release-choice';
import { todayIso } from '../../lib/recency';
import { CopyField } from './copy-field';
import { newestShown } from './newest-shown';
import { toolbarChoice } from './toolbar-choice';
import { viewFilterText } from '../../lib/view-text';
import { useViewState } from '../../store';
import { t } from '../../i18n/messages';

interface CiteDrawerProps {
  panelId: string;
  /** The link to cite, to the release on screen or to the latest. */
  urlFor: (release: string | null) => string;
  /** The release on screen, when the figures are a release. */
  release: string | undefined;
  /** The day the dataset was last changed. */
  updated: string;
  datasetTitle: string;
}

/** A citation of the panel in the view the reader has, ready to copy. */
export function CiteDrawer({ panelId, urlFor, release, updated, datasetTitle }: CiteDrawerProps) {
  const shownView = useViewState();
  const [pinning, setPinning] = useState<Pinning>('release');
  const pinned = release !== undefined && pinning === 'release';
  const section = document.querySelector(`section[data-panel="${panelId}"]`);
  const panelTitle = section?.querySelector('.panel__title')?.textContent ?? undefined;
  const newest = section ? newestShown(section) : undefined;
  const view = [section ? toolbarChoice(section) : undefined, viewFilterText(shownView)]
    .filter(Boolean)
    .join('; ');
  const text = citation({
    title: datasetTitle,
    panelTitle,
    updated,
    newest,
    release: release === undefined ? undefined : { id: release, pinned },
    view: view || undefined,
    url: urlFor(pinned ? release : null),
    accessed: todayIso(),
  });
  return (
    <>
      {release !== undefined && (
        <div className="fields">
          <ReleaseChoice release={release} value={pinning} onChange={setPinning} />
        </div>
      )}
      <CopyField label={t('cite.label')} text={text} />
    </>
  );
}
