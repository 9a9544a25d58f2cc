import type { Claim, Dataset } from '../dataset/schema';
import { attribute, claimsByIds, lookup } from '../dataset/lookup';
import { newestClaim, oldestClaim } from '../dataset/dates';
import type { MarkRow } from './chart-rows';
import { claimedWhen, formatClaimDate, formatDate } from './format';

/** More sentences than anyone listens through: beyond them, the table has the rest. */
export const MAX_SENTENCES = 100;

const list = (items: readonly string[]) =>
  items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** Who claimed the figures and which outlets carried them, each named once, in order of first use. */
export function sourceSummary(dataset: Dataset, claims: readonly Claim[]) {
  const claimants = new Set<string>();
  const outlets = new Set<string>();
  const { sources } = lookup(dataset);
  for (const claim of claims) {
    const { claimant, source } = attribute(dataset, claim);
    claimants.add(claimant.name);
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
  if (claims.length === 0) return 'No claim is shown.';
  const { claimants, outlets } = sourceSummary(dataset, claims);
  return `Claimed by ${list(claimants)}; reported by ${list(outlets)}.`;
}

/** The opening line of a chart's text description: how many claims, by whom, over what time. */
export function summariseClaims(dataset: Dataset, what: string, claims: readonly Claim[]): string {
  if (claims.length === 0) return `${what}: no claim is shown for the current view.`;
  const { claimants } = sourceSummary(dataset, claims);
  const oldest = oldestClaim(claims)!;
  const first = formatClaimDate(oldest);
  const last = formatClaimDate(newestClaim(claims)!);
  const span = first === last ? `made ${claimedWhen(oldest)}` : `made between ${first} and ${last}`;
  const count = claims.length === 1 ? '1 claim' : `${claims.length} claims`;
  const by = claimants.length === 1 ? claimants[0] : `${claimants.length} claimants`;
  return `${what}: ${count} by ${by}, ${span}.`;
}

/** Names the report for the legend of its "R" badge: "the report of 23 December 2024 (Euromaidan Press)". */
export function reportLabel(dataset: Dataset): string | undefined {
  const report = dataset.sources.find((s) => s.id === dataset.report);
  if (report === undefined) return undefined;
  if (report.published === undefined) return `the report (${report.publisher})`;
  return `the report of ${formatDate(report.published)} (${report.publisher})`;
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
