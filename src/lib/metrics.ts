/** Human names for the metric slugs of the published dataset; unknown slugs are spelled out. */
const METRIC_LABELS: Record<string, string> = {
  'troops-deployed': 'Troops deployed',
  'troops-in-kursk': 'Troops in Kursk Oblast',
  'troops-planned': 'Troops planned',
  'troops-reinforcement': 'Reinforcements',
  killed: 'Killed',
  injured: 'Injured',
  'killed-or-wounded': 'Killed or wounded',
  'casualties-all': 'Casualties incl. missing and captured',
  'munitions-containers': 'Containers of munitions',
  'artillery-shells': 'Artillery shells',
  'mortar-shells': 'Mortar shells',
  'mrl-rockets': 'Rocket-launcher rockets',
  'guns-and-launchers': 'Guns and launchers',
  'hwasong-11-missiles': 'Hwasong-11 missiles',
  'oil-barrels': 'Oil delivered (barrels)',
  'oil-cap-barrels-per-year': 'UN oil cap (barrels a year)',
  'oil-cap-crude-barrels-per-year': 'UN crude oil cap (barrels a year)',
  'oil-cap-earlier-barrels-per-year': 'Earlier UN oil cap (barrels a year)',
  'oil-cap-multiple': 'Oil against the UN cap',
  'tanker-visits': 'Tanker visits',
  'arms-deliveries-usd': 'Value of arms delivered',
  'arms-earnings-usd': 'Arms earnings',
  'arms-and-troops-usd': 'Value of weapons, ammunition and troops',
  'russian-compensation-usd': 'Russia’s compensation',
  deminers: 'Deminers',
  'military-builders': 'Military builders',
  labourers: 'Labourers',
  'plant-new-building-size': 'New assembly building',
  locomotives: 'Locomotives',
  'railcars-mow': 'Maintenance vehicles',
  'munitions-factories': 'Munitions factories',
  railcars: 'Railcars',
  'railcars-ore': 'Ore cars',
  'railcars-box': 'Box cars',
  'railcars-tank': 'Tank cars',
  'railcars-passenger': 'Passenger cars',
  'railcar-traffic-multiple': 'Railcar traffic growth',
  'kn23-missiles-fired': 'North Korean missiles fired',
  'kn23-attacks': 'Missile attacks',
  'strike-killed': 'Killed in missile strikes',
  'strike-injured': 'Injured in missile strikes',
};

export function metricLabel(metric: string): string {
  const known = METRIC_LABELS[metric];
  if (known !== undefined) return known;
  const spaced = metric.replace(/-/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
