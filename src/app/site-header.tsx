import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { newestClaim } from '../dataset/dates';
import { NewestClaim } from '../components/newest-claim';
import { formatDate } from '../lib/format';
import { useAsOf } from '../store';
import { t } from '../i18n/messages';
import { datasetTitle, nameLang } from '../i18n/data-lang';
import { LanguageSwitch } from './language-switch';

export const DEFAULT_TITLE = "North Korea's arms supply to Russia: what is claimed, by whom";

export function SiteHeader({
  dataset,
  children,
}: {
  dataset: Dataset | null;
  children?: ReactNode;
}) {
  const newest = dataset ? newestClaim(dataset.claims) : undefined;
  // The dataset's title in the page's language where it gives one; English, so marked, where not.
  const title = datasetTitle(dataset ?? { title: DEFAULT_TITLE });
  const asOf = useAsOf();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <h1 className="site-header__title" lang={nameLang(title)}>
          {title.text}
        </h1>
        <LanguageSwitch />
        <p className="site-header__meta">
          {asOf !== null && (
            <>
              <strong className="site-header__as-of">
                {t('header.knownAsOf', { date: formatDate(asOf) })}
              </strong>
              <span aria-hidden="true"> · </span>
            </>
          )}
          {newest && (
            <>
              <NewestClaim
                newest={newest}
                label={t(asOf === null ? 'header.newestClaim' : 'header.newestClaimShown')}
              />
              <span aria-hidden="true"> · </span>
            </>
          )}
          <a href="#method">{t('header.method')}</a>
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
            {t('header.brief')}
          </a>
        </p>
        {children}
      </div>
    </header>
  );
}
