import type { ReactNode } from 'react';
import type { Claim } from '../dataset/schema';
import { NewestClaim } from './newest-claim';
import { CustomMark } from './custom-mark';
import { ViewLine } from './view-line';
import { PanelActions, type PanelActionsProps } from './panel-actions/panel-actions';
import { t } from '../i18n/messages';

interface PanelProps {
  /** The panel's fixed id: the same string in embed URLs and export file names. */
  id: string;
  title: string;
  subtitle: string;
  /** Who the figures come from, in a line: claimants and outlets. */
  sourceLine?: ReactNode;
  /** The newest figure shown, for its date: as precisely as it is known. */
  newest?: Pick<Claim, 'claimedOn' | 'claimedBy'>;
  /** What the newest thing shown is called: "Newest claim shown", "Newest event shown". */
  newestLabel?: string;
  notes?: ReactNode;
  toolbar?: ReactNode;
  /**
   * What the toolbar picked: in words ("Measure: Injured"), for where the toolbar is hidden, and
   * as a word for file names ("injured") when it is not the panel's first choice.
   */
  choice?: { label: string; word?: string };
  /** Export, embed and cite controls: given the claims the panel draws and what it draws. */
  actions?: Omit<PanelActionsProps, 'panelId'>;
  children: ReactNode;
}

/** The frame every panel shares: a figure that stands alone with its title, sources and date. */
export function Panel({
  id,
  title,
  subtitle,
  sourceLine,
  newest,
  newestLabel = t('header.newestClaimShown'),
  notes,
  toolbar,
  choice,
  actions,
  children,
}: PanelProps) {
  const headingId = `panel-${id}-title`;
  return (
    <section
      className="panel"
      data-panel={id}
      data-choice={choice?.word}
      id={id}
      aria-labelledby={headingId}
    >
      <header className="panel__header">
        <div>
          <CustomMark />
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          <p className="panel__subtitle">{subtitle}</p>
          <ViewLine choice={choice?.label} />
        </div>
        {toolbar !== undefined && <div className="panel__toolbar">{toolbar}</div>}
      </header>
      <div className="panel__body">{children}</div>
      {(sourceLine !== undefined || notes !== undefined || newest !== undefined) && (
        <footer className="panel__footer">
          {notes !== undefined && <div className="panel__notes">{notes}</div>}
          {sourceLine !== undefined && <p className="panel__sources">{sourceLine}</p>}
          {newest !== undefined && (
            <p className="panel__asof">
              <NewestClaim newest={newest} label={newestLabel} />
            </p>
          )}
        </footer>
      )}
      {/* After the figure and its sources: read first, then share. */}
      {actions !== undefined && <PanelActions panelId={id} {...actions} />}
    </section>
  );
}
