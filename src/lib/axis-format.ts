const grouped = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/**
 * A tick of a value axis: "0", "2,500", "5 mn", "$1.5 bn". Ticks are positions on a scale, not
 * claims, so they may be written compactly; claims go through format.ts.
 */
export function formatAxisValue(n: number, money = false): string {
  const cur = money ? '$' : '';
  if (n >= 1e9) return `${cur}${grouped.format(n / 1e9)} bn`;
  if (n >= 1e6) return `${cur}${grouped.format(n / 1e6)} mn`;
  return `${cur}${grouped.format(n)}`;
}
