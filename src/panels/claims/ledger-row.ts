import type { Claim, Dataset } from '../../dataset/schema';
import { attribute, type AttributedClaim } from '../../dataset/lookup';
import { formatFigure, formatPeriod } from '../../lib/format';
import { claimMeasure } from '../../lib/metrics';
import { pageLocale } from '../../i18n/locale';
import { type MessageId } from '../../i18n/messages';
import { t } from './ledger-messages';

/** One row of the ledger: a claim with everything needed to check it. */
export interface LedgerRow extends AttributedClaim {
  id: string;
  /** The measure, in words. */
  what: string;
}

export function ledgerRow(dataset: Dataset, claim: Claim): LedgerRow {
  const attributed = attribute(dataset, claim);
  return { ...attributed, id: claim.id, what: claimMeasure(attributed) };
}

/**
 * The words of a row: its figure and the span it covers. Written for the rows on screen and for
 * search, not for every claim of a large dataset up front.
 */
export function ledgerText(row: LedgerRow): { words: string; period: string | undefined } {
  return { words: formatFigure(row.claim), period: formatPeriod(row.claim.period) };
}

/** The units the catalogues name; any other is the dataset's own text, in English. */
const UNIT_NAMES: Record<string, MessageId> = {
  USD: 'ledger.unit.usd',
  troops: 'ledger.unit.troops',
  killed: 'ledger.unit.killed',
  injured: 'ledger.unit.injured',
  'killed or wounded': 'ledger.unit.killedOrWounded',
  railcars: 'ledger.unit.railcars',
  'artillery shells': 'ledger.unit.artilleryShells',
};

/** Whether a unit is named as the dataset writes it (English), not in the page's language. */
export const unitIsData = (unit: string): boolean => !Object.hasOwn(UNIT_NAMES, unit);

/** Each named unit's name, once per language: sorting by value asks for it for every row. */
const names = new Map<string, string>();

/** The name a unit's group of rows goes by when the ledger is sorted by value. */
export function unitName(unit: string): string {
  if (unitIsData(unit)) return unit;
  const key = `${pageLocale()} ${unit}`;
  let name = names.get(key);
  if (name === undefined) names.set(key, (name = t(UNIT_NAMES[unit]!)));
  return name;
}
