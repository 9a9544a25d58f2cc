import type { Dataset } from '../../dataset/schema';
import { attribute, claimsOn, type AttributedClaim } from '../../dataset/lookup';
import { byClaimDate, newestClaim } from '../../dataset/dates';
import { formatFigure, formatFigureShort } from '../../lib/format';
import { metricName } from '../../lib/metrics';
import type { LocalName } from '../../i18n/data-lang';

/** One headline card: a figure of the report, and the newest claim on the same measure if there is one. */
export interface HeadlineRow {
  id: string;
  /** The measure's name, in the page language where the dataset gives it. */
  label: LocalName;
  short: string;
  words: string;
  attributed: AttributedClaim;
  /** A later claim on the same metric, by anyone: the report's figure is not the last word. */
  newer: { short: string; words: string; attributed: AttributedClaim } | undefined;
}

/** The dataset's headline claims as cards, in the order the dataset lists them. */
export function headlineRows(dataset: Dataset): HeadlineRow[] {
  const ids = dataset.headlines ?? [];
  return ids.flatMap((id) => {
    const claim = dataset.claims.find((c) => c.id === id);
    if (claim === undefined) return [];
    const newest = newestClaim(
      claimsOn(dataset, claim.metric).filter(
        (c) => c.retracted === undefined && byClaimDate(c, claim) > 0,
      ),
    );
    return [
      {
        id,
        label: metricName(dataset, claim.metric),
        short: formatFigureShort(claim),
        words: formatFigure(claim),
        attributed: attribute(dataset, claim),
        newer: newest && {
          short: formatFigureShort(newest),
          words: formatFigure(newest),
          attributed: attribute(dataset, newest),
        },
      },
    ];
  });
}
