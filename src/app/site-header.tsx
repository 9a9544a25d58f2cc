import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { formatDate } from '../lib/format';

export const DEFAULT_TITLE = "North Korea's arms supply to Russia: what is claimed, by whom";

export function SiteHeader({
  dataset,
  children,
}: {
  dataset: Dataset | null;
  children?: ReactNode;
}) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <h1 className="site-header__title">{dataset?.title ?? DEFAULT_TITLE}</h1>
        <p className="site-header__meta">
          {dataset && (
            <>
              Figures as of <time dateTime={dataset.updated}>{formatDate(dataset.updated)}</time>
              <span aria-hidden="true"> · </span>
            </>
          )}
          <a href="#method">Sources and method</a>
        </p>
        {children}
      </div>
    </header>
  );
}
