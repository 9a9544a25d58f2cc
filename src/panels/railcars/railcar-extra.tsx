import type { Claim } from '../../dataset/schema';
import { formatDate, formatFigure } from '../../lib/format';
import { imageryDate } from './railcar-rows';

/** Tooltip and details lines for a count: the imagery date against the publication date, and the mix of cars. */
export function RailcarExtra({ claim, parts }: { claim: Claim; parts: readonly Claim[] }) {
  const imagery = imageryDate(claim);
  const single = imagery !== undefined && claim.period?.from === claim.period?.to;
  return (
    <>
      {single && (
        <p>
          Imagery of {formatDate(imagery)}; published {formatDate(claim.claimedOn)}.
        </p>
      )}
      {parts.length > 0 && <p>Counted as: {parts.map((p) => formatFigure(p)).join(', ')}.</p>}
    </>
  );
}
