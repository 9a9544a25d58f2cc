import type { Claim } from '../../dataset/schema';
import { formatClaimDate, formatFigure, formatPeriod, withStop } from '../../lib/format';
import { t } from '../../i18n/messages';
import { isObservation } from './railcar-rows';

/** Tooltip and details lines for a count: the imagery date against the publication date, and the mix of cars. */
export function RailcarExtra({ claim, parts }: { claim: Claim; parts: readonly Claim[] }) {
  const imagery = isObservation(claim) ? formatPeriod(claim.period) : undefined;
  return (
    <>
      {imagery !== undefined && (
        <p>{withStop(t('railcars.imagery', { imagery, date: formatClaimDate(claim) }))}</p>
      )}
      {parts.length > 0 && (
        <p>
          {withStop(
            t('railcars.countedAs', { parts: parts.map((p) => formatFigure(p)).join(', ') }),
          )}
        </p>
      )}
    </>
  );
}
