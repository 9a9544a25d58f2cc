import type { FocusEvent, MouseEvent } from 'react';
import type { MarkRow } from '../lib/chart-rows';
import { activeMarkAt, useChartContext, useMarkState, type ActiveMark } from './chart-context';
import { ReportTag } from './report-badge';
import './claim-chip.css';
import { t } from '../i18n/messages';

interface ClaimChipProps {
  row: MarkRow;
  /** The figure in words, from the formatter. */
  words: string;
  /** Who and when: "according to Open Source Centre, 22 November 2024". */
  by: string;
}

/**
 * A claim shown as text beside a chart (a ratio, a count of visits): it behaves as a mark does,
 * with tooltip, focus details and selection. Its text is its name, read as one sentence.
 */
export function ClaimChip({ row, words, by }: ClaimChipProps) {
  const { area, activate, deactivate, select } = useChartContext();
  const { selected } = useMarkState(row.claimId);
  const place = (event: FocusEvent | MouseEvent, via: ActiveMark['via']) =>
    activate(activeMarkAt(row.claimId, via, event.currentTarget as Element, area));
  return (
    <button
      type="button"
      className="claim-chip"
      data-claim={row.claimId}
      data-selected={selected ? '' : undefined}
      data-derived={row.derived ? '' : undefined}
      data-confidence={row.confidence}
      aria-pressed={selected}
      onClick={() => select(row.claimId)}
      onFocus={(e) => place(e, 'focus')}
      onBlur={() => deactivate(row.claimId)}
      onMouseEnter={(e) => place(e, 'pointer')}
      onMouseLeave={() => deactivate(row.claimId)}
    >
      <span className="claim-chip__figure">{words}</span>,{' '}
      <span className="claim-chip__words">{by}</span>
      {row.derived && (
        <>
          {' '}
          <span className="tag">{t('claim.tagDerived')}</span>
        </>
      )}
      {row.inReport && (
        <>
          {' '}
          <ReportTag />
          <span className="visually-hidden">{t('mark.inReportHidden')}</span>
        </>
      )}
    </button>
  );
}
