import type { ReactNode } from 'react';
import type { Dataset } from '../dataset/schema';
import { t } from '../i18n/messages';
import { ClaimSummary } from './claim-summary';

interface ChartDetailsProps {
  dataset: Dataset;
  /** The focused mark's claim, else the selected claim if this chart draws it. */
  claimId: string | null;
  /** Why this claim shows: the keyboard is on it, or it is the selected one. */
  reason: 'focus' | 'selected' | null;
  extra?: (claimId: string) => ReactNode;
}

/**
 * The keyboard and touch counterpart of the tooltip, below the chart: the focused or selected
 * claim in full, with its source as a link.
 */
export function ChartDetails({ dataset, claimId, reason, extra }: ChartDetailsProps) {
  return (
    <div className="chart-details" aria-live="polite">
      {claimId === null ? (
        <p className="chart-details__hint">{t('details.hint')}</p>
      ) : (
        <>
          <p className="visually-hidden">
            {t(reason === 'focus' ? 'details.focused' : 'details.selected')}
          </p>
          <ClaimSummary dataset={dataset} claimId={claimId} linkSource extra={extra?.(claimId)} />
        </>
      )}
    </div>
  );
}
