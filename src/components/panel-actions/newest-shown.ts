import { datedAs, type Dated } from '../../dataset/dates';

/** The date of the newest figure a panel shows, as its footer states it. */
export function newestShown(section: Element): Dated | undefined {
  const stamp = section.querySelector<HTMLElement>('.panel__asof .newest-claim');
  const date = stamp?.dataset.newest;
  if (date === undefined) return undefined;
  return datedAs({ date, bound: stamp?.dataset.bound === 'by' ? 'by' : 'on' });
}
