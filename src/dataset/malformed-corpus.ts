import type { Dataset } from './schema';

/**
 * Broken datasets and the problem each must produce. Shared by the unit tests and the
 * browser tests, so a researcher's mistake reads the same everywhere.
 */
export interface MalformedCase {
  name: string;
  /** The file's text: built from a valid base dataset, or given whole. */
  text: (base: Dataset) => string;
  /** The JSON path the first matching problem must name. */
  path: string;
  /** Words the problem's message must contain. */
  message: string;
}

type Json = Record<string, unknown>;
/** A dataset loosened so that a case can put anything anywhere. */
type Loose = Json & Record<'sources' | 'claimants' | 'claims' | 'places' | 'events', Json[]>;
const asJson = (d: Dataset) => structuredClone(d) as unknown as Loose;

/** A case made by changing one thing in a copy of the base dataset. */
function mutate(
  name: string,
  path: string,
  message: string,
  change: (d: Loose) => void,
): MalformedCase {
  return {
    name,
    path,
    message,
    text: (base) => {
      const copy = asJson(base);
      change(copy);
      return JSON.stringify(copy);
    },
  };
}

const claim0 = (d: Loose) => d.claims[0] as Json;
const source0 = (d: Loose) => d.sources[0] as Json;
const place0 = (d: Loose) => d.places[0] as Json;

export const MALFORMED_CASES: MalformedCase[] = [
  { name: 'an empty file', text: () => '', path: '(file)', message: 'empty' },
  { name: 'only white space', text: () => '  \n\t ', path: '(file)', message: 'empty' },
  { name: 'not JSON', text: () => 'claims: many', path: '(file)', message: 'not valid JSON' },
  {
    name: 'JSON cut off half way',
    text: (b) => JSON.stringify(b).slice(0, 200),
    path: '(file)',
    message: 'not valid JSON',
  },
  {
    name: 'an HTML error page',
    text: () => '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>',
    path: '(file)',
    message: 'HTML page',
  },
  {
    name: 'a list at the top level',
    text: () => '[1, 2, 3]',
    path: '(top level)',
    message: 'expected an object; got a list',
  },
  {
    name: 'a string at the top level',
    text: () => '"dataset"',
    path: '(top level)',
    message: 'expected an object',
  },
  { name: 'null at the top level', text: () => 'null', path: '(top level)', message: 'got null' },
  {
    name: 'nesting 1,000 levels deep',
    text: () => '['.repeat(1000) + ']'.repeat(1000),
    path: '(file)',
    message: 'nested at most',
  },
  mutate(
    'a schema version newer than this dashboard reads',
    'schemaVersion',
    'expected 1, 2 or 3; got 4, a version newer',
    (d) => (d.schemaVersion = 4 as never),
  ),
  mutate(
    'a schema version no migration reads',
    'schemaVersion',
    'expected 1, 2 or 3; got "2", which no migration reads',
    (d) => (d.schemaVersion = '2' as never),
  ),
  mutate(
    'no schema version',
    'schemaVersion',
    'the field is missing',
    (d) => delete (d as Json).schemaVersion,
  ),
  mutate(
    'a version 1 file dated to the month',
    'claims[0].claimedOn',
    'YYYY-MM-DD; got "2024-12"',
    (d) => {
      d.schemaVersion = 1 as never;
      claim0(d).claimedOn = '2024-12';
    },
  ),
  mutate(
    'a version 1 file with a field of version 2',
    'claims[0]',
    'unexpected field "retracted"',
    (d) => {
      d.schemaVersion = 1 as never;
      claim0(d).retracted = { date: '2025-01', reason: 'Withdrawn.' };
    },
  ),
  mutate(
    'a version 2 file with names in other languages',
    'claimants[0]',
    'unexpected field "names"',
    (d) => {
      d.schemaVersion = 2 as never;
      delete d.measures;
      for (const place of d.places) delete place.names;
      d.claimants[0]!.names = { uk: 'Розвідка' };
    },
  ),
  mutate(
    'a name in a language the dashboard does not speak',
    'places[0].names',
    'unexpected field "fr"',
    (d) => (d.places[0]!.names = { fr: 'Le front' }),
  ),
  mutate(
    'a blank Korean name',
    'claimants[0].names.ko',
    'non-empty',
    (d) => (d.claimants[0]!.names = { ko: ' ' }),
  ),
  mutate(
    'a measure of a metric no claim counts',
    'measures[0].id',
    'no claim counts "kiled"',
    (d) => (d.measures = [{ id: 'kiled', name: 'Killed' }]),
  ),
  mutate(
    'two measures of one metric',
    'measures[1].id',
    'already used by measures[0]',
    (d) =>
      (d.measures = [
        { id: 'killed', name: 'Killed' },
        { id: 'killed', name: 'Dead' },
      ]),
  ),
  mutate(
    'a measure without its English name',
    'measures[0].name',
    'expected',
    (d) => (d.measures = [{ id: 'killed', names: { uk: 'Загиблі' } }]),
  ),
  mutate(
    'words for a unit no claim counts in',
    'units[0].unit',
    'no claim counts in "kiled"',
    (d) => (d.units = [{ unit: 'kiled', names: { uk: { words: '{n} загиблих' } } }]),
  ),
  mutate(
    'words for a unit without the place of the number',
    'units[0].names.uk.words',
    'the place of the number, {n}, once',
    (d) => (d.units = [{ unit: 'killed', names: { uk: { words: 'загиблих' } } }]),
  ),
  mutate(
    'plural forms of a unit without the "other" form',
    'units[0].names.uk.words.other',
    'the field is missing',
    (d) => (d.units = [{ unit: 'killed', names: { uk: { words: { one: '{n} загиблий' } } } }]),
  ),
  mutate(
    'words for a unit given twice',
    'units[1].unit',
    'already at units[0]',
    (d) =>
      (d.units = [
        { unit: 'killed', names: { ko: { words: '사망자 {n}' } } },
        { unit: 'killed', names: { ko: { words: '사망 {n}' } } },
      ]),
  ),
  mutate(
    'a month written with one digit',
    'claims[0].claimedOn',
    'YYYY, YYYY-MM or YYYY-MM-DD; got "2024-6"',
    (d) => (claim0(d).claimedOn = '2024-6'),
  ),
  mutate(
    'a month 13',
    'claims[0].claimedOn',
    'real calendar date; got "2024-13"',
    (d) => (claim0(d).claimedOn = '2024-13'),
  ),
  mutate(
    'a claim with no date',
    'claims[0].claimedOn',
    'expected the date the claim was made',
    (d) => delete claim0(d).claimedOn,
  ),
  mutate(
    'a claim with both a date and a bound',
    'claims[0].claimedBy',
    'either "claimedOn" or "claimedBy", not both',
    (d) => (claim0(d).claimedBy = '2024-12-31'),
  ),
  mutate(
    'a withdrawal without a reason',
    'claims[0].retracted.reason',
    'the field is missing',
    (d) => (claim0(d).retracted = { date: '2025-01' }),
  ),
  mutate(
    'a withdrawal citing a missing source',
    'claims[0].retracted.source',
    'got "nowhere", which is not there',
    (d) => (claim0(d).retracted = { date: '2025-01', reason: 'Withdrawn.', source: 'nowhere' }),
  ),
  mutate(
    'a withdrawal before the claim was made',
    'claims[0].retracted.date',
    'on or after the claim was made (2024-12-23); got 2024-11',
    (d) => (claim0(d).retracted = { date: '2024-11', reason: 'Withdrawn.' }),
  ),
  mutate(
    'a withdrawal after the dataset was updated',
    'claims[0].retracted.date',
    'no later than the dataset\'s "updated"',
    (d) => (claim0(d).retracted = { date: '2030', reason: 'Withdrawn.' }),
  ),
  mutate(
    'a correction dated after the dataset was updated',
    'claims[0].corrections[0].date',
    'no later than the dataset\'s "updated"',
    (d) => (claim0(d).corrections = [{ date: '2030-01-01', change: 'Fixed.' }]),
  ),
  mutate(
    'a correction dated to the month',
    'claims[0].corrections[0].date',
    'YYYY-MM-DD; got "2025-01"',
    (d) => (claim0(d).corrections = [{ date: '2025-01', change: 'Fixed.' }]),
  ),
  mutate(
    'a derived value from a withdrawn claim',
    'claims[4].derivedFrom[0]',
    'is retracted, so retract or correct this derived value too',
    (d) => (claim0(d).retracted = { date: '2025-01', reason: 'Withdrawn.' }),
  ),
  mutate(
    'sources relaying each other in a circle',
    'sources[1].relays',
    'they come back to "original"',
    (d) => ((d.sources[1] as Json).relays = 'report'),
  ),
  mutate(
    'a source relaying by id and by name',
    'sources[0].relaysOutlet',
    'not both',
    (d) => (source0(d).relaysOutlet = 'Wire'),
  ),
  mutate(
    'an original report that relays',
    'sources[0].kind',
    'got "report"',
    (d) => (source0(d).kind = 'report'),
  ),
  mutate(
    'an unknown kind of source',
    'sources[0].kind',
    'expected one of report, copy, summary, aggregator, reference',
    (d) => (source0(d).kind = 'blog'),
  ),
  mutate(
    'an archive copy that is not a web address',
    'sources[0].archived',
    'http:// or https://',
    (d) => (source0(d).archived = 'archive of 23 December'),
  ),
  mutate('claims missing', 'claims', 'the field is missing', (d) => delete (d as Json).claims),
  mutate(
    'claims not a list',
    'claims',
    'expected a list; got an object',
    (d) => ((d as Json).claims = {}),
  ),
  mutate(
    'a title that is a number',
    'title',
    'expected a text; got 42',
    (d) => ((d as Json).title = 42),
  ),
  mutate('a blank title', 'title', 'non-empty', (d) => ((d as Json).title = '   ')),
  mutate(
    'an unknown qualifier',
    'claims[0].qualifier',
    'expected one of exact, about, more-than, at-least, up-to, between; got "roughly"',
    (d) => (claim0(d).qualifier = 'roughly'),
  ),
  mutate(
    'an unknown confidence',
    'claims[0].confidence',
    'expected one of high, medium, low',
    (d) => (claim0(d).confidence = 'certain'),
  ),
  mutate(
    'a value written as text',
    'claims[0].value',
    'expected a number; got "100"',
    (d) => (claim0(d).value = '100'),
  ),
  mutate(
    'a negative value',
    'claims[0].value',
    'zero or more; got -5',
    (d) => (claim0(d).value = -5),
  ),
  mutate(
    'a value missing',
    'claims[0].value',
    'the field is missing',
    (d) => delete claim0(d).value,
  ),
  mutate(
    'a range whose low end is above its value',
    'claims[1].low',
    'no greater than the value',
    (d) => ((d.claims[1] as Json).low = 9e9),
  ),
  mutate(
    'a range without its low end',
    'claims[1].low',
    'expected a lower end',
    (d) => delete (d.claims[1] as Json).low,
  ),
  mutate(
    'a low end on a claim that is not a range',
    'claims[0].low',
    'use "between"',
    (d) => (claim0(d).low = 50),
  ),
  mutate(
    'an impossible date',
    'claims[0].claimedOn',
    'real calendar date; got "2024-02-30"',
    (d) => (claim0(d).claimedOn = '2024-02-30'),
  ),
  mutate(
    'a date in another format',
    'claims[0].claimedOn',
    'YYYY, YYYY-MM or YYYY-MM-DD; got "23/12/2024"',
    (d) => (claim0(d).claimedOn = '23/12/2024'),
  ),
  mutate(
    'month 13',
    'sources[0].published',
    'real calendar date',
    (d) => (source0(d).published = '2024-13-01'),
  ),
  mutate(
    'a period that ends before it starts',
    'claims[0].period',
    '"from" on or before "to"',
    (d) => (claim0(d).period = { from: '2024-12-01', to: '2024-11-01' }),
  ),
  mutate('an empty period', 'claims[0].period', 'empty period', (d) => (claim0(d).period = {})),
  mutate(
    'updated before the newest claim',
    'updated',
    'on or after the newest claim',
    (d) => ((d as Json).updated = '2020-01-01'),
  ),
  mutate(
    'a latitude out of range',
    'places[0].lat',
    'latitude of 90 or less; got 123',
    (d) => (place0(d).lat = 123),
  ),
  mutate(
    'a longitude out of range',
    'places[0].lon',
    'longitude of -180 or more; got -200',
    (d) => (place0(d).lon = -200),
  ),
  mutate(
    'an unknown precision',
    'places[0].precision',
    'expected one of exact, approximate, city, region',
    (d) => (place0(d).precision = 'fuzzy'),
  ),
  mutate(
    'a claim citing a missing claimant',
    'claims[0].claimant',
    'got "nobody", which is not there',
    (d) => (claim0(d).claimant = 'nobody'),
  ),
  mutate(
    'a claim citing a missing source',
    'claims[0].source',
    'not there',
    (d) => (claim0(d).source = 'ghost-source'),
  ),
  mutate(
    'a claim at a missing place',
    'claims[0].place',
    'not there',
    (d) => (claim0(d).place = 'atlantis'),
  ),
  mutate(
    'a source relaying a missing source',
    'sources[0].relays',
    'not there',
    (d) => (source0(d).relays = 'lost-original'),
  ),
  mutate(
    'an event citing a missing source',
    'events[0].source',
    'not there',
    (d) => ((d.events[0] as Json).source = 'rumour'),
  ),
  mutate(
    'a headline naming a missing claim',
    'headlines[0]',
    'not there',
    (d) => ((d as Json).headlines = ['no-such-claim']),
  ),
  mutate(
    'a derived value from a missing claim',
    'claims[4].derivedFrom[0]',
    'not there',
    (d) => ((d.claims[4] as Json).derivedFrom = ['missing']),
  ),
  mutate(
    'two claims with one id',
    'claims[1].id',
    'already used by claims[0]',
    (d) => ((d.claims[1] as Json).id = claim0(d).id),
  ),
  mutate(
    'two sources with one id',
    'sources[1].id',
    'unique id',
    (d) => ((d.sources[1] as Json).id = source0(d).id),
  ),
  mutate(
    'an id with spaces and capitals',
    'claims[0].id',
    'lower-case slug',
    (d) => (claim0(d).id = 'Report Killed'),
  ),
  mutate(
    'a javascript: link',
    'sources[0].url',
    'http:// or https://',
    (d) => (source0(d).url = 'javascript:alert(1)'),
  ),
  mutate(
    'a data: link',
    'sources[0].url',
    'http:// or https://',
    (d) => (source0(d).url = 'data:text/html,<script>alert(1)</script>'),
  ),
  mutate(
    'a relative link',
    'sources[0].url',
    'absolute',
    (d) => (source0(d).url = '/reports/1.html'),
  ),
  mutate(
    'a misspelt field',
    'claims[0]',
    'unexpected field "qualifer"',
    (d) => (claim0(d).qualifer = 'about'),
  ),
  mutate(
    'a claimant without a name',
    'claimants[0].name',
    'the field is missing',
    (d) => delete (d.claimants[0] as Json).name,
  ),
  mutate(
    'a place with coordinates as text',
    'places[0].lat',
    'expected a number; got "51.75"',
    (d) => (place0(d).lat = '51.75'),
  ),
  mutate(
    'an infinite value',
    'claims[0].value',
    'expected a number',
    (d) => (claim0(d).value = Number.POSITIVE_INFINITY),
  ),
];
