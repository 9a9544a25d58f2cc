import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { newestClaim } from '../dataset/dates';
import { NewestClaim } from '../components/newest-claim';
import { formatDate } from '../lib/format';
import { useAsOf } from '../store';

export const DEFAULT_TITLE = "North Korea's arms supply to Russia: what is claimed, by whom";

export function SiteHeader({
  dataset,
  children,
}: {
  dataset: Dataset | null;
  children?: ReactNode;
}) {
  const newest = dataset ? newestClaim(dataset.claims) : undefined;
  const asOf = useAsOf();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <h1 className="site-header__title">{dataset?.title ?? DEFAULT_TITLE}</h1>
        <p className="site-header__meta">
          {asOf !== null && (
            <>
              <strong className="site-header__as-of">Known as of {formatDate(asOf)}</strong>
              <span aria-hidden="true"> · </span>
            </>
          )}
          {newest && (
            <>
              <NewestClaim
                newest={newest}
                label={asOf === null ? 'Newest claim' : 'Newest claim shown'}
              />
              <span aria-hidden="true"> · </span>
            </>
          )}
          <a href="#method">Sources and method</a>
          <span aria-hidden="true"> · </span>
          <a
            href="?brief"
            onClick={(e) => {
              // The brief of the view on screen: its filters and selection go with it.
              e.preventDefault();
              const params = new URLSearchParams(window.location.search);
              params.set('brief', '');
              window.location.assign(`${window.location.pathname}?${params}`);
            }}
          >
            One-page brief
          </a>
        </p>
        {children}
      </div>
    </header>
  );
}
