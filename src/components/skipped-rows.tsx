import { t } from '../i18n/messages';
import { formatCount } from '../lib/format';
import './skipped-rows.css';

/**
 * Stands in a table for the rows between the pages shown and a selected claim shown after them,
 * so that the reader knows the claim is out of its place, and how far down it belongs.
 */
export function SkippedRows({
  skipped,
  position,
  columns,
}: {
  skipped: number;
  /** The selected claim's place in the whole list, from 1. */
  position: number;
  columns: number;
}) {
  return (
    <tr className="skipped-rows">
      <td colSpan={columns}>
        {t('table.skipped', { count: skipped, position: formatCount(position) })}
      </td>
    </tr>
  );
}
