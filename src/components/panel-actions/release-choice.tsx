import { useId } from 'react';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n/messages';

/** A link to the release on screen, which never changes, or to the latest, which follows the data. */
export type Pinning = 'release' | 'latest';

export function ReleaseChoice({
  release,
  value,
  onChange,
}: {
  release: string;
  value: Pinning;
  onChange: (value: Pinning) => void;
}) {
  const id = useId();
  return (
    <label htmlFor={id}>
      {t('release.figures')}
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Pinning)}>
        <option value="release">{t('release.this', { date: formatDate(release) })}</option>
        <option value="latest">{t('release.latest')}</option>
      </select>
    </label>
  );
}
