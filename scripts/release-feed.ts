/**
 * An Atom feed of the dataset's releases (RFC 4287), published at /data/feed.xml: one entry per
 * release, newest first, with what it changed and links to its pinned dashboard and its file.
 */
import { createHash } from 'node:crypto';
import type { ReleaseChanges, ReleaseHistory } from '../src/dataset/releases.ts';
import { attribute, lookup } from '../src/dataset/lookup.ts';
import { formatClaimDate, formatDate, formatFigure } from '../src/lib/format.ts';
import { metricLabel } from '../src/lib/metrics.ts';
import type { Release } from './release-files.ts';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A stable id that is an absolute IRI without naming a host: a name-based UUID of the release. */
function urn(name: string): string {
  const hex = createHash('sha256').update(`nk-russia-arms-dashboard:${name}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function claimItem(release: Release, id: string): string {
  const claim = lookup(release.dataset).claims.get(id);
  if (claim === undefined) return `<li>${escape(id)}</li>`;
  const { claimant } = attribute(release.dataset, claim);
  return `<li>${escape(`${metricLabel(release.dataset, claim.metric)}: ${formatFigure(claim)} (${claimant.name}, ${formatClaimDate(claim)})`)}</li>`;
}

function summary(changes: ReleaseChanges): string {
  if (changes.previous === null) return `The first release: ${changes.claims} claims.`;
  return `${changes.claims} claims: ${changes.added.length} added, ${changes.changed.length} changed, ${changes.retracted.length} withdrawn since release ${changes.previous}.`;
}

function content(changes: ReleaseChanges, release: Release): string {
  const parts = [`<p>${escape(summary(changes))}</p>`];
  if (changes.previous !== null) {
    const list = (title: string, ids: readonly string[]) =>
      ids.length > 0
        ? `<h3>${title}</h3><ul>${ids.map((id) => claimItem(release, id)).join('')}</ul>`
        : '';
    parts.push(
      list('Added', changes.added),
      list(
        'Changed',
        changes.changed.map((c) => c.id),
      ),
      list(
        'Withdrawn',
        changes.retracted.map((r) => r.id),
      ),
    );
  }
  return parts.join('');
}

export interface FeedOptions {
  /** The site's address, for absolute links; without it, links are relative to the feed. */
  siteUrl?: string;
}

/** The feed's XML. Links resolve against /data/feed.xml: "../" is the dashboard. */
export function atomFeed(
  history: ReleaseHistory,
  releases: readonly Release[],
  { siteUrl }: FeedOptions = {},
): string {
  const root = siteUrl ? (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : '../';
  const byId = new Map(releases.map((r) => [r.id, r]));
  const newest = [...history.releases].reverse();
  const updated = `${newest[0]?.id ?? '1970-01-01'}T00:00:00Z`;
  const entries = newest.map((changes) => {
    const release = byId.get(changes.id)!;
    return [
      '  <entry>',
      `    <id>${urn(`release/${changes.id}`)}</id>`,
      `    <title>Release ${changes.id} (${escape(formatDate(changes.id))})</title>`,
      `    <updated>${changes.id}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(`${root}v/${changes.id}/`)}"/>`,
      `    <link rel="enclosure" type="application/json" href="${escape(`${root}data/releases/${changes.id}.json`)}"/>`,
      `    <summary>${escape(summary(changes))}</summary>`,
      `    <content type="html">${escape(content(changes, release))}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${urn('releases')}</id>`,
    "  <title>North Korea's arms supply to Russia: releases of the dataset</title>",
    '  <subtitle>Each published version of the claims, and what it added, changed and withdrew.</subtitle>',
    `  <updated>${updated}</updated>`,
    '  <author><name>North Korea–Russia arms dashboard</name></author>',
    `  <link rel="self" type="application/atom+xml" href="${escape(`${root}data/feed.xml`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(root)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
