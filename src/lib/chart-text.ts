import type { Claim, Dataset } from '../dataset/schema';
import { attribute, claimsByIds, lookup } from '../dataset/lookup';
import { newestClaim, oldestClaim } from '../dataset/dates';
import type { MarkRow } from './chart-rows';
import { claimedWhen, formatClaimDate, formatDate, withStop } from './format';
import { pageLocale } from '../i18n/locale';
import { t } from '../i18n/messages';
import { nameText } from '../i18n/data-lang';

/** More sentences than anyone listens through: beyond them, the table has the rest. */
export const MAX_SENTENCES = 100;

const lists = new Map<string, Intl.ListFormat>();

/** "A, B and C", as the page's language joins a list. */
function list(items: readonly string[]): string {
  const locale = pageLocale();
  if (locale === 'en')
    return items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  let format = lists.get(locale);
  if (format === undefined) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, format);
  }
  return format.format(items);
}

/** Who claimed the figures and which outlets carried them, each named once, in order of first use. */
export function sourceSummary(dataset: Dataset, claims: readonly Claim[]) {
  const claimants = new Set<string>();
  const outlets = new Set<string>();
  const { sources } = lookup(dataset);
  for (const claim of claims) {
    const { claimant, source } = attribute(dataset, claim);
    claimants.add(nameText(claimant));
    outlets.add(source.publisher);
    for (const id of claim.alsoReportedBy ?? []) {
      const also = sources.get(id);
      if (also) outlets.add(also.publisher);
    }
  }
  return { claimants: [...claimants], outlets: [...outlets] };
}

/** "Claimed by A and B; reported by X, Y and Z." for a panel's source line. */
export function sourceLineText(dataset: Dataset, claims: readonly Claim[]): string {
  if (claims.length === 0) return t('source.none');
  const { claimants, outlets } = sourceSummary(dataset, claims);
  return withStop(t('source.line', { claimants: list(claimants), outlets: list(outlets) }));
}

/** The opening line of a chart's text description: how many claims, by whom, over what time. */
export function summariseClaims(dataset: Dataset, what: string, claims: readonly Claim[]): string {
  if (claims.length === 0) return t('summary.none', { what });
  const { claimants } = sourceSummary(dataset, claims);
  const oldest = oldestClaim(claims)!;
  const first = formatClaimDate(oldest);
  const last = formatClaimDate(newestClaim(claims)!);
  const span =
    first === last
      ? t('summary.madeOn', { when: claimedWhen(oldest) })
      : t('summary.madeBetween', { first, last });
  const by =
    claimants.length === 1
      ? t('summary.byOne', { name: claimants[0]! })
      : t('summary.byMany', { count: claimants.length });
  return withStop(
    t('summary.line', { what, claims: t('summary.claims', { count: claims.length }), by, span }),
  );
}

/** Names the report for the legend of its "R" badge: "the report of 23 December 2024 (Euromaidan Press)". */
export function reportLabel(dataset: Dataset): string | undefined {
  const report = dataset.sources.find((s) => s.id === dataset.report);
  if (report === undefined) return undefined;
  if (report.published === undefined) return t('report.undated', { publisher: report.publisher });
  return t('report.of', { date: formatDate(report.published), publisher: report.publisher });
}

/**
 * Everything a chart panel says about the claims it draws, from its marks in table order: the
 * claims (for the source line, the "as of" date and the exports), a sentence for each of the
 * first marks for the text description, and the description's opening line about `subject`.
 */
export function chartText(dataset: Dataset, subject: string, marks: readonly MarkRow[]) {
  const claimIds = marks.map((m) => m.claimId);
  const claims = claimsByIds(dataset, claimIds);
  return {
    claimIds,
    claims,
    sentences: marks.slice(0, MAX_SENTENCES).map((m) => m.sentence),
    sourceLine: sourceLineText(dataset, claims),
    newest: newestClaim(claims),
    summary: summariseClaims(dataset, subject, claims),
  };
}
