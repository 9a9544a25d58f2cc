import { type MessageId } from '../../i18n/messages';
import { t } from './map-messages';

/** What moves along an arc of the map. */
export type FlowKind = 'munitions' | 'oil' | 'troops';

/** One arc: pure data, resolved against the dataset by `mapFlows`. */
export interface FlowRow {
  id: string;
  /** Place ids of the dataset. */
  from: string;
  to: string;
  /** Places the line passes through on the way, drawn straight from one to the next. */
  via?: string[];
  kind: FlowKind;
  /** The claim that sizes the arc and is named in its tooltip, when one fits it. */
  claim?: string;
  /**
   * Claim or event ids that show the flow had begun: before one of them was on record the arc
   * fades, so an early "known as of" date does not show troops in Kursk. Empty: always known.
   */
  evidence: string[];
  /** True when no source traces the route: the line is drawn fainter and says so. */
  orientation: boolean;
  /** What the reader must know about the route: a message of the catalogues. */
  note: MessageId;
}

/** Each kind's name and description (messages of the catalogues) and how far its arcs bend. */
export const FLOW_KINDS: Record<
  FlowKind,
  { label: MessageId; description: MessageId; bend: number }
> = {
  munitions: {
    label: 'map.flow.munitions',
    description: 'map.flow.munitionsDescription',
    bend: 0.12,
  },
  oil: { label: 'map.flow.oil', description: 'map.flow.oilDescription', bend: 0.3 },
  troops: { label: 'map.flow.troops', description: 'map.flow.troopsDescription', bend: 0.22 },
};

/** A kind of flow by name, in the page's language: "Munitions and missiles". */
export const flowLabel = (kind: FlowKind): string => t(FLOW_KINDS[kind].label);

/** Where a kind of flow goes, in the page's language. */
export const flowDescription = (kind: FlowKind): string => t(FLOW_KINDS[kind].description);

export const FLOW_KIND_ORDER: FlowKind[] = ['munitions', 'oil', 'troops'];

export const FLOWS: FlowRow[] = [
  {
    id: 'munitions-plant-tumangang',
    from: 'february-11-plant',
    to: 'tumangang-station',
    kind: 'munitions',
    claim: 'report-hwasong-11',
    evidence: ['report-hwasong-11', 'plant-expansion-reported'],
    orientation: true,
    note: 'map.flowNote.plant',
  },
  {
    id: 'munitions-crossing',
    from: 'tumangang-station',
    via: ['friendship-bridge'],
    to: 'khasan-station',
    kind: 'munitions',
    claim: 'report-railcars-tripled',
    evidence: ['csis-tumangang-2023-10-05', 'report-railcars-tripled'],
    orientation: false,
    note: 'map.flowNote.crossing',
  },
  {
    id: 'munitions-khasan-onward',
    from: 'khasan-station',
    to: 'kursk-oblast',
    kind: 'munitions',
    claim: 'report-containers',
    evidence: ['csis-tumangang-2023-10-05', 'report-containers'],
    orientation: true,
    note: 'map.flowNote.onward',
  },
  {
    id: 'oil-vostochny-north-korea',
    from: 'vostochny-port',
    to: 'pyongyang',
    kind: 'oil',
    claim: 'osc-oil-barrels',
    evidence: ['first-oil-tanker', 'osc-oil-barrels', 'report-oil'],
    orientation: true,
    note: 'map.flowNote.oil',
  },
  {
    id: 'troops-north-korea-kursk',
    from: 'pyongyang',
    to: 'kursk-oblast',
    kind: 'troops',
    claim: 'report-troops-in-combat',
    evidence: ['troops-shipped', 'nis-2024-10-18-special-forces', 'troops-expected-in-kursk'],
    orientation: true,
    note: 'map.flowNote.troops',
  },
];
