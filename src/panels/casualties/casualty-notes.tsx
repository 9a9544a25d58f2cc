import type { CasualtyMetric } from './casualty-rows';

/** What a reader must know to compare the claims on a measure: they do not all count the same. */
const SCOPE: Partial<Record<CasualtyMetric, string>> = {
  'troops-deployed':
    'Counts differ in what they cover: in Russia, in training, or in combat. Planned numbers and later reinforcements are in the ledger below, not drawn here.',
  'troops-in-kursk': 'Troops said to be in Kursk Oblast only, a subset of those in Russia.',
  killed:
    'Some counts cover a stretch of time only, not the whole deployment (GUR’s, for late November to 14 December 2024); see each claim’s note.',
  'killed-or-wounded':
    'The White House’s figure covers one week only. Western officials’ count of January 2025 also includes missing and captured soldiers, so it is listed in the ledger below, not drawn here.',
};

export function CasualtyNotes({ metric }: { metric: CasualtyMetric }) {
  return (
    <>
      <p>
        Each mark is a claim, not a count over time: no line joins them, and claims made within a
        week of each other are set side by side rather than on top of each other.
      </p>
      {SCOPE[metric] && <p>{SCOPE[metric]}</p>}
    </>
  );
}
