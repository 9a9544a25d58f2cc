import type { Claim, Dataset } from '../dataset/schema';
import { attribute } from '../dataset/lookup';
import { sourceCreditText } from '../dataset/source-credit';
import { formatClaimDate, formatFigure, formatFigureShort } from './format';
import { metricLabel } from './metrics';
import { t } from '../i18n/messages';

const COLUMNS = [
  'claim_id',
  'measure',
  'metric',
  'claim',
  'short',
  'qualifier',
  'value',
  'low',
  'unit',
  'claimant',
  'claimant_kind',
  'source_title',
  'source_publisher',
  'source_url',
  'claimed_on',
  'period_from',
  'period_to',
  'place',
  'confidence',
  'note',
  'derived',
  'dataset',
  // Added in version 2 of the dataset, after the columns that were there before.
  'claimed_by',
  'claimed_in_words',
  'source_credit',
  'retracted_on',
  'retracted_reason',
  'corrections',
] as const;

/** Quotes a cell, and defuses text a spreadsheet would run as a formula. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Claims as CSV, one row each, with the qualifier, claimant, source URL and date beside the
 * number so that no row can be read without its attribution. A date is written as precisely as
 * it is known (`2025-06`), in `claimed_on`, or in `claimed_by` for one made on or before a date.
 * The `dataset` column says whether the figures are the published ones or a researcher's own file.
 */
export function claimsToCsv(
  dataset: Dataset,
  claims: readonly Claim[],
  datasetLabel: string,
): string {
  const lines = claims.map((c) => {
    const { claim, claimant, source, place } = attribute(dataset, c);
    return [
      claim.id,
      metricLabel(dataset, claim.metric),
      claim.metric,
      formatFigure(claim),
      formatFigureShort(claim),
      claim.qualifier,
      claim.value,
      claim.low,
      claim.unit,
      claimant.name,
      claimant.kind,
      source.title,
      source.publisher,
      source.url,
      claim.claimedOn,
      claim.period?.from,
      claim.period?.to,
      place?.name,
      claim.confidence,
      claim.note,
      claim.derived,
      datasetLabel,
      claim.claimedBy,
      formatClaimDate(claim),
      sourceCreditText(dataset, source),
      claim.retracted?.date,
      claim.retracted?.reason,
      claim.corrections?.map((k) => `${k.date}: ${k.change}`).join(' | '),
    ]
      .map(csvCell)
      .join(',');
  });
  const head = COLUMNS.map((column) => csvCell(t(`csv.${column}`))).join(',');
  return `${[head, ...lines].join('\r\n')}\r\n`;
}
