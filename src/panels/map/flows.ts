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
  /** What the reader must know about the route. */
  note: string;
}

export const FLOW_KINDS: Record<FlowKind, { label: string; description: string; bend: number }> = {
  munitions: {
    label: 'Munitions and missiles',
    description:
      'From the plant through the Tumangang–Khasan rail crossing into Russia; the missiles are then fired from Russia, so only the places they struck are marked in Ukraine',
    bend: 0.12,
  },
  oil: { label: 'Oil', description: 'Vostochny port to North Korea', bend: 0.3 },
  troops: { label: 'Troops', description: 'North Korea to the Kursk front', bend: 0.22 },
};

export const FLOW_KIND_ORDER: FlowKind[] = ['munitions', 'oil', 'troops'];

export const UNSOURCED_ROUTE =
  'Drawn for orientation: the sources do not trace this leg of the route.';

export const FLOWS: FlowRow[] = [
  {
    id: 'munitions-plant-tumangang',
    from: 'february-11-plant',
    to: 'tumangang-station',
    kind: 'munitions',
    claim: 'report-hwasong-11',
    evidence: ['report-hwasong-11', 'plant-expansion-reported'],
    orientation: true,
    note: `The plant is the only known maker of Hwasong-11 missiles. ${UNSOURCED_ROUTE}`,
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
    note: 'The Tumangang–Khasan rail crossing, where satellite images show the traffic.',
  },
  {
    id: 'munitions-khasan-onward',
    from: 'khasan-station',
    to: 'kursk-oblast',
    kind: 'munitions',
    claim: 'report-containers',
    evidence: ['csis-tumangang-2023-10-05', 'report-containers'],
    orientation: true,
    note: `Onward across Russia towards the front. The dataset does not say which route the containers took, nor where the missiles were launched from. ${UNSOURCED_ROUTE}`,
  },
  {
    id: 'oil-vostochny-north-korea',
    from: 'vostochny-port',
    to: 'pyongyang',
    kind: 'oil',
    claim: 'osc-oil-barrels',
    evidence: ['first-oil-tanker', 'osc-oil-barrels', 'report-oil'],
    orientation: true,
    note: 'Drawn to Pyongyang to stand for North Korea: the ports the tankers sailed to are not in the dataset.',
  },
  {
    id: 'troops-north-korea-kursk',
    from: 'pyongyang',
    to: 'kursk-oblast',
    kind: 'troops',
    claim: 'report-troops-in-combat',
    evidence: ['troops-shipped', 'nis-2024-10-18-special-forces', 'troops-expected-in-kursk'],
    orientation: true,
    note: `Drawn from Pyongyang to stand for North Korea. ${UNSOURCED_ROUTE}`,
  },
];
