import type { Claim } from '../dataset/schema';
import { claimDate } from '../dataset/dates';
import { formatClaimDate } from '../lib/format';
import { ageText } from '../lib/recency';
import { useToday } from './use-today';
import { t } from '../i18n/messages';

type Dated = Pick<Claim, 'claimedOn' | 'claimedBy'>;

/**
 * "Newest claim 2 September 2025, 15 months before today": the date of the newest figure shown,
 * as precisely as it is known, and how old it is, so that nobody takes the figures for current.
 */
export function NewestClaim({
  newest,
  label = t('header.newestClaim'),
}: {
  newest: Dated;
  label?: string;
}) {
  const today = useToday();
  const { date, bound } = claimDate(newest);
  const age = today === null ? undefined : ageText(newest, today);
  return (
    <span className="newest-claim" data-newest={date} data-bound={bound}>
      {label} <time dateTime={date}>{formatClaimDate(newest)}</time>
      {age !== undefined && <span className="newest-claim__age">, {age}</span>}
    </span>
  );
}
