import type { Claim, Dataset } from '../dataset/schema';
import { attribute, claimsByIds, lookup } from '../dataset/lookup';
import type { MarkRow } from './chart-rows';
import { formatDate } from './format';

/** The newest date a panel's claims were made on: its "figures as of" date. */
export function newestClaimDate(claims: readonly Claim[]): string | undefined {
  return claims.reduce<string | undefined>(
    (max, c) => (max === undefined || c.claimedOn > max ? c.claimedOn : max),
    undefined,
  );
}

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
  const dates = claims.map((c) => c.claimedOn).sort();
  const first = dates[0] ?? '';
  const last = dates[dates.length - 1] ?? '';
  const span =
    first === last
      ? `made on ${formatDate(first)}`
      : `made between ${formatDate(first)} and ${formatDate(last)}`;
  const count = claims.length === 1 ? '1 claim' : `${claims.length} claims`;
  const by = claimants.length === 1 ? claimants[0] : `${claimants.length} claimants`;
  return `${what}: ${count} by ${by}, ${span}.`;
}

/** Names the report for the legend of its "R" badge: "the report of 23 December 2024 (Euromaidan Press)". */
export function reportLabel(dataset: Dataset): string | undefined {
  const report = dataset.sources.find((s) => s.id === dataset.report);
  if (report === undefined) return undefined;
  const date = report.published ?? dataset.updated;
  return `the report of ${formatDate(date)} (${report.publisher})`;
}

/**
 * Everything a chart panel says about the claims it draws, from its marks in table order: the
 * claims (for the source line, the "as of" date and the exports), one sentence a mark for the
 * text description, and the description's opening line about `subject`.
 */
export function chartText(dataset: Dataset, subject: string, marks: readonly MarkRow[]) {
  const claimIds = marks.map((m) => m.claimId);
  const claims = claimsByIds(dataset, claimIds);
  return {
    claimIds,
    claims,
    sentences: marks.map((m) => m.sentence),
    sourceLine: sourceLineText(dataset, claims),
    asOf: newestClaimDate(claims),
    summary: summariseClaims(dataset, subject, claims),
  };
}
