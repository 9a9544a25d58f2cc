import { t, type MessageId } from '../../i18n/messages';
import { ALL_MEASURES, type CasualtyMeasure } from './casualty-rows';

/** What a reader must know to compare the claims on a measure: they do not all count the same. */
const SCOPE: Partial<Record<CasualtyMeasure, MessageId>> = {
  'troops-deployed': 'casualties.note.scope.troops-deployed',
  reinforcements: 'casualties.note.scope.reinforcements',
  workers: 'casualties.note.scope.workers',
  'troops-in-kursk': 'casualties.note.scope.troops-in-kursk',
  killed: 'casualties.note.scope.killed',
  'killed-or-wounded': 'casualties.note.scope.killed-or-wounded',
};

export function CasualtyNotes({ metric }: { metric: CasualtyMeasure | typeof ALL_MEASURES }) {
  const scope = metric === ALL_MEASURES ? undefined : SCOPE[metric];
  return (
    <>
      <p>{t('casualties.note.marks')}</p>
      {metric === ALL_MEASURES ? (
        <p>{t('casualties.note.sideBySide')}</p>
      ) : (
        scope && <p>{t(scope)}</p>
      )}
    </>
  );
}
