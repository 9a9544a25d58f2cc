import { useDatasetOrigin } from '../store';
import './custom-mark.css';

/**
 * On every panel while a researcher's own dataset is on screen: a screenshot of one panel, or
 * the panel alone in an embed or a slide, still says whose figures these are.
 */
export function CustomMark() {
  const origin = useDatasetOrigin();
  if (origin.kind !== 'custom') return null;
  return (
    <p className="custom-mark" data-custom-dataset={origin.label}>
      Your dataset: {origin.label}; not the published figures
    </p>
  );
}
