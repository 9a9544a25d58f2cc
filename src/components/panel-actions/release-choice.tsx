import { useId } from 'react';
import { formatDate } from '../../lib/format';

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
      Figures
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Pinning)}>
        <option value="release">This release ({formatDate(release)}), never changing</option>
        <option value="latest">Always the latest</option>
      </select>
    </label>
  );
}
