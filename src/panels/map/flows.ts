/** What moves along an arc of the map. */
export type FlowKind = 'munitions' | 'oil' | 'troops' | 'missiles';

/** One arc: pure data, resolved against the dataset by `mapFlows`. */
export interface FlowRow {
  id: string;
  /** Place ids of the dataset. */
  from: string;
  to: string;
  kind: FlowKind;
  /** The claim that sizes the arc and is named in its tooltip, when one fits it. */
  claim?: string;
  /**
   * Claim or event ids that show the flow had begun: the arc is drawn only when one of them is
   * visible, so an early "known as of" date does not show troops in Kursk. Empty: always drawn.
   */
  evidence: string[];
  /** What the reader must know about the route: most are drawn for orientation, not sourced. */
  note: string;
}

export const FLOW_KINDS: Record<FlowKind, { label: string; description: string; bend: number }> = {
  munitions: {
    label: 'Munitions',
    description: 'North Korea to Russia through the Tumen rail crossing',
    bend: 0.12,
  },
  oil: { label: 'Oil', description: 'Vostochny port to North Korea', bend: 0.3 },
  troops: { label: 'Troops', description: 'North Korea to the Kursk front', bend: 0.22 },
  missiles: {
    label: 'Missiles',
    description: 'North Korean missiles fired at Ukrainian cities',
    bend: -0.14,
  },
};

export const FLOW_KIND_ORDER: FlowKind[] = ['munitions', 'oil', 'troops', 'missiles'];

const UNSOURCED_ROUTE = 'Drawn for orientation: the sources do not trace this leg of the route.';

export const FLOWS: FlowRow[] = [
  {
    id: 'munitions-plant-tumangang',
    from: 'february-11-plant',
    to: 'tumangang-station',
    kind: 'munitions',
    claim: 'report-hwasong-11',
    evidence: ['report-hwasong-11', 'plant-expansion-reported'],
    note: `The plant is the only known maker of Hwasong-11 missiles. ${UNSOURCED_ROUTE}`,
  },
  {
    id: 'munitions-tumangang-bridge',
    from: 'tumangang-station',
    to: 'friendship-bridge',
    kind: 'munitions',
    claim: 'report-railcars-tripled',
    evidence: ['csis-tumangang-2023-10-05', 'report-railcars-tripled'],
    note: 'The rail crossing where satellite images show the traffic.',
  },
  {
    id: 'munitions-bridge-khasan',
    from: 'friendship-bridge',
    to: 'khasan-station',
    kind: 'munitions',
    claim: 'report-railcars-tripled',
    evidence: ['csis-tumangang-2023-10-05', 'report-railcars-tripled'],
    note: 'The rail crossing where satellite images show the traffic.',
  },
  {
    id: 'munitions-khasan-onward',
    from: 'khasan-station',
    to: 'kursk-oblast',
    kind: 'munitions',
    claim: 'report-containers',
    evidence: ['csis-tumangang-2023-10-05', 'report-containers'],
    note: `Onward across Russia towards the front. The dataset does not say which route the containers took. ${UNSOURCED_ROUTE}`,
  },
  {
    id: 'oil-vostochny-north-korea',
    from: 'vostochny-port',
    to: 'pyongyang',
    kind: 'oil',
    claim: 'osc-oil-barrels',
    evidence: ['first-oil-tanker', 'osc-oil-barrels', 'report-oil'],
    note: 'Drawn to Pyongyang to stand for North Korea: the ports the tankers sailed to are not in the dataset.',
  },
  {
    id: 'troops-north-korea-kursk',
    from: 'pyongyang',
    to: 'kursk-oblast',
    kind: 'troops',
    claim: 'report-troops-in-combat',
    evidence: ['troops-shipped', 'nis-2024-10-18-special-forces', 'troops-expected-in-kursk'],
    note: `Drawn from Pyongyang to stand for North Korea. ${UNSOURCED_ROUTE}`,
  },
  {
    id: 'missiles-kharkiv',
    from: 'february-11-plant',
    to: 'kharkiv',
    kind: 'missiles',
    claim: 'kharkiv-police-2024-02-07',
    evidence: [],
    note: 'Drawn from the plant that makes them; where in Russia they were launched from is not in the dataset.',
  },
  {
    id: 'missiles-kyiv',
    from: 'february-11-plant',
    to: 'kyiv',
    kind: 'missiles',
    evidence: [],
    note: 'Drawn from the plant that makes them; where in Russia they were launched from is not in the dataset.',
  },
  {
    id: 'missiles-kyiv-oblast',
    from: 'february-11-plant',
    to: 'kyiv-oblast',
    kind: 'missiles',
    claim: 'air-force-2024-08-11',
    evidence: [],
    note: 'Drawn from the plant that makes them; where in Russia they were launched from is not in the dataset.',
  },
];
