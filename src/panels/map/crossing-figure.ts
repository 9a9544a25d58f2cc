import type { AttributedClaim } from '../../dataset/lookup';
import { claimDateText, dateSpan } from '../../dataset/dates';
import { formatClaimDate, formatDate, formatFigure, formatFigureShort } from '../../lib/format';
import { t } from './map-messages';
import type { MapPlace } from './map-places';
import { nameText } from '../../i18n/data-lang';
import { pageLocale } from '../../i18n/locale';

/** The count of railcars that labels the crossing: the newest visible one, and where it was made. */
export interface CrossingFigure {
  claim: AttributedClaim;
  place: MapPlace;
}

/** When a count was seen: the end of the imagery it covers, else the day it was claimed. */
const seenOn = ({ claim }: AttributedClaim) =>
  dateSpan(claim.period?.to ?? claimDateText(claim)).end;

/**
 * Of the railcar counts at the crossing's places that the visible dataset holds, the one seen
 * last; a tie goes to the place listed first (Tumangang, where the cars leave North Korea).
 */
export function crossingFigure(members: MapPlace[]): CrossingFigure | undefined {
  let best: CrossingFigure | undefined;
  for (const place of members)
    for (const claim of place.claims)
      if (claim.claim.metric === 'railcars' && (!best || seenOn(claim) > seenOn(best.claim)))
        best = { claim, place };
  return best;
}

/**
 * A claimant's name as short as a label needs: an organisation's initials where its name starts
 * with them ("CSIS Beyond Parallel" is CSIS's project), else the name as it is.
 */
export function shortClaimant(name: string): string {
  const first = name.split(' ')[0] ?? name;
  return /^[A-Z]{2,}$/.test(first) ? first : name;
}

/**
 * The figure as label lines, a claim with its qualifier, claimant and date: "≈255 freight
 * railcars", "(CSIS, 17 Jun 2024 imagery)"; "화물 화차 약 255량". Where it was counted is in the tooltip and the key.
 */
export function crossingFigureLines({ claim }: CrossingFigure): string[] {
  const period = claim.claim.period;
  // No-break spaces keep a date on one line when the label wraps.
  const day = (date: string) => formatDate(date, 'short').replace(/ /g, '\u00a0');
  const claimant = shortClaimant(nameText(claim.claimant));
  const when =
    period?.to === undefined
      ? t('map.crossingClaimed', {
          claimant,
          date: formatClaimDate(claim.claim, 'short').replace(/ /g, '\u00a0'),
        })
      : period.from === period.to
        ? t('map.crossingImagery', { claimant, date: day(period.to) })
        : t('map.crossingImageryRange', {
            claimant,
            from: day(period.from ?? period.to),
            to: day(period.to),
          });
  // English writes the qualifier as its symbol before the unit the dataset gives ("≈255 freight
  // railcars"); the other languages need their own words for the unit, qualifier and all.
  const figure =
    pageLocale() === 'en'
      ? `${formatFigureShort(claim.claim)} ${claim.claim.unit}`
      : formatFigure(claim.claim);
  return [figure, when];
}
