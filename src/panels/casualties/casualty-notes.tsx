import { ALL_MEASURES, type CasualtyMeasure } from './casualty-rows';

/** What a reader must know to compare the claims on a measure: they do not all count the same. */
const SCOPE: Partial<Record<CasualtyMeasure, string>> = {
  'troops-deployed':
    'Counts differ in what they cover: in Russia, in training, or in combat. Planned numbers and expected reinforcements have a measure of their own.',
  reinforcements:
    'Decisions and expectations, not troops counted in place: totals North Korea was said to plan, and further troops said to be sent or expected. Each claim’s unit says which.',
  workers:
    'Not combat troops: sappers and military builders Russia said would go to the Kursk region, and labourers working in Russia under industrial cooperation.',
  'troops-in-kursk': 'Troops said to be in Kursk Oblast only, a subset of those in Russia.',
  killed:
    'Some counts cover a stretch of time only, not the whole deployment (GUR’s, for late November to 14 December 2024); see each claim’s note.',
  'killed-or-wounded':
    'The White House’s figure covers one week only. Western officials’ count of January 2025 also includes missing and captured soldiers, so it is listed in the ledger below, not drawn here. North Korea’s own figure covers the earlier phases only, and it does not say what it counts.',
};

export function CasualtyNotes({ metric }: { metric: CasualtyMeasure | typeof ALL_MEASURES }) {
  return (
    <>
      <p>
        Each mark is a claim, not a count over time: no line joins them, and claims made within a
        week of each other are set side by side rather than on top of each other.
      </p>
      {metric === ALL_MEASURES ? (
        <p>
          Side by side, each measure on its own axes, fitted to its own claims: compare shapes and
          dates across them, not heights.
        </p>
      ) : (
        SCOPE[metric] && <p>{SCOPE[metric]}</p>
      )}
    </>
  );
}
