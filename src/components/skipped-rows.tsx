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
        {formatCount(skipped)} {skipped === 1 ? 'claim' : 'claims'} not shown here; below, the
        selected claim, number {formatCount(position)} in this order.
      </td>
    </tr>
  );
}
