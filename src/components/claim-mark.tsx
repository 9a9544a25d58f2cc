import { memo, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import type { MarkGeometry } from '../lib/bound-geometry';
import type { MarkRow } from '../lib/chart-rows';
import { BoundMark } from './bound-mark';
import { activeMarkAt, useChartContext, useMarkState, type ActiveMark } from './chart-context';
import { t } from '../i18n/messages';

export interface MarkLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

interface ClaimMarkProps {
  row: MarkRow;
  geometry: MarkGeometry;
  r?: number;
  /** A label drawn beside the mark; `always` keeps it when the mark is neither selected nor active. */
  label?: MarkLabel & { always?: boolean };
  /** Where the "R" badge of a report figure goes; by default at the top right of the mark. */
  badge?: { x: number; y: number };
}

const BADGE = 13;

/** The report's own figures carry a small "R" badge at the top right of their mark. */
function ReportBadge({ x, y }: { x: number; y: number }) {
  return (
    <g className="report-badge" transform={`translate(${x} ${y})`} aria-hidden="true">
      <rect width={BADGE} height={BADGE} rx={3} />
      <text x={BADGE / 2} y={BADGE / 2} dy="0.36em" textAnchor="middle">
        R
      </text>
    </g>
  );
}

/** A row's glyph with the one encoding of qualifier, confidence and derivation. */
function RowGlyph({
  row,
  geometry,
  r,
  defsId,
}: Pick<ClaimMarkProps, 'row' | 'geometry' | 'r'> & { defsId: string }) {
  return (
    <BoundMark
      geometry={geometry}
      defsId={defsId}
      r={r}
      series={row.series}
      confidence={row.confidence}
      derived={row.derived}
      retracted={row.retracted}
    />
  );
}

function MarkLabelText({ label, strong }: { label: MarkLabel; strong: boolean }) {
  return (
    <text
      x={label.x}
      y={label.y}
      textAnchor={label.anchor}
      dy="0.35em"
      className={strong ? 'mark-label mark-label--strong' : 'mark-label'}
    >
      {label.text}
    </text>
  );
}

/**
 * A selected mark's glyph and label drawn again, on top of its neighbours, for the eye only: the
 * mark itself, with its ring, stays where it is among the others, so the order of Tab through
 * the marks never changes. The pointer passes through to the mark beneath.
 */
export function SelectedMarkCopy({
  row,
  geometry,
  r,
  label,
}: Pick<ClaimMarkProps, 'row' | 'geometry' | 'r' | 'label'>) {
  const { defsId } = useChartContext();
  return (
    <g className="claim-mark-copy" data-copy-of={row.claimId} aria-hidden="true">
      <RowGlyph row={row} geometry={geometry} r={r} defsId={defsId} />
      {label !== undefined && <MarkLabelText label={label} strong />}
    </g>
  );
}

/**
 * One claim as an interactive mark: hover or focus shows its details, click or Enter selects it.
 * The focus and selection rings surround the whole mark, arrows and fades included. A mark draws
 * again only when its own props, selection or activity change.
 */
export const ClaimMark = memo(function ClaimMark({
  row,
  geometry,
  r,
  label,
  badge,
}: ClaimMarkProps) {
  const { defsId, area, activate, deactivate, select } = useChartContext();
  const { selected, active: isActive } = useMarkState(row.claimId);
  const { box } = geometry;

  const place = (event: FocusEvent | MouseEvent, via: ActiveMark['via']) =>
    activate(activeMarkAt(row.claimId, via, event.currentTarget as Element, area));
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    select(row.claimId);
  };
  const showLabel = label !== undefined && (label.always === true || selected || isActive);

  // The figure's label and the report's badge sit beside the button, not in it: the button's
  // name already says both in words ("more than 100 killed, …; a figure of the report").
  return (
    <g className="claim-mark-group" data-claim={row.claimId}>
      <g
        className="claim-mark"
        data-claim={row.claimId}
        data-selected={selected ? '' : undefined}
        tabIndex={0}
        role="button"
        aria-pressed={selected}
        aria-label={row.inReport ? t('mark.inReport', { sentence: row.sentence }) : row.sentence}
        onClick={() => select(row.claimId)}
        onKeyDown={onKeyDown}
        onFocus={(e) => place(e, 'focus')}
        onBlur={() => deactivate(row.claimId)}
        onMouseEnter={(e) => place(e, 'pointer')}
        onMouseLeave={() => deactivate(row.claimId)}
      >
        {selected && <rect {...box} rx={4} className="claim-mark__selected" />}
        <RowGlyph row={row} geometry={geometry} r={r} defsId={defsId} />
        {/* On top, transparent: the whole mark, arrows and halos included, takes the pointer. */}
        <rect {...box} rx={4} className="claim-mark__hit" />
        <rect {...box} rx={4} className="claim-mark__focus" />
      </g>
      {row.inReport && (
        <ReportBadge x={badge?.x ?? box.x + box.width - 4} y={badge?.y ?? box.y - BADGE + 4} />
      )}
      {showLabel && <MarkLabelText label={label} strong={selected} />}
    </g>
  );
});
