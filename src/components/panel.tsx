import type { ReactNode } from 'react';
import { formatDate } from '../lib/format';
import { PanelActions, type PanelActionsProps } from './panel-actions/panel-actions';

interface PanelProps {
  /** The panel's fixed id: the same string in embed URLs and export file names. */
  id: string;
  title: string;
  subtitle: string;
  /** Who the figures come from, in a line: claimants and outlets. */
  sourceLine?: ReactNode;
  /** The date of the newest figure shown. */
  asOf?: string;
  notes?: ReactNode;
  toolbar?: ReactNode;
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
  asOf,
  notes,
  toolbar,
  actions,
  children,
}: PanelProps) {
  const headingId = `panel-${id}-title`;
  return (
    <section className="panel" data-panel={id} id={id} aria-labelledby={headingId}>
      <header className="panel__header">
        <div>
          <h2 id={headingId} className="panel__title">
            {title}
          </h2>
          <p className="panel__subtitle">{subtitle}</p>
        </div>
        {toolbar !== undefined && <div className="panel__toolbar">{toolbar}</div>}
      </header>
      <div className="panel__body">{children}</div>
      {(sourceLine !== undefined || notes !== undefined || asOf !== undefined) && (
        <footer className="panel__footer">
          {notes !== undefined && <div className="panel__notes">{notes}</div>}
          {sourceLine !== undefined && <p className="panel__sources">{sourceLine}</p>}
          {asOf !== undefined && (
            <p className="panel__asof">
              Figures as of <time dateTime={asOf}>{formatDate(asOf)}</time>
            </p>
          )}
        </footer>
      )}
      {/* After the figure and its sources: read first, then share. */}
      {actions !== undefined && <PanelActions panelId={id} {...actions} />}
    </section>
  );
}
