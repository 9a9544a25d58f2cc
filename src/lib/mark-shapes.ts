import type { MarkShape } from './series-style';

const n = (value: number) => Math.round(value * 100) / 100;

function polygon(points: readonly (readonly [number, number])[]): string {
  return `${points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${n(x)} ${n(y)}`).join(' ')} Z`;
}

function star(r: number): string {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r * 1.3 : r * 0.55;
    const angle = (Math.PI / 5) * i - Math.PI / 2;
    points.push([radius * Math.cos(angle), radius * Math.sin(angle)]);
  }
  return polygon(points);
}

/**
 * An SVG path for a shape centred on 0,0. `r` is about the radius; the shapes are sized to look
 * equally heavy, so none reads as a bigger number.
 */
export function shapePath(shape: MarkShape, r: number): string {
  switch (shape) {
    case 'circle':
      return `M${n(-r)} 0 A${n(r)} ${n(r)} 0 1 0 ${n(r)} 0 A${n(r)} ${n(r)} 0 1 0 ${n(-r)} 0 Z`;
    case 'square': {
      const s = r * 0.88;
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'triangle':
      return polygon([
        [0, -r * 1.2],
        [r * 1.1, r * 0.8],
        [-r * 1.1, r * 0.8],
      ]);
    case 'triangle-down':
      return polygon([
        [0, r * 1.2],
        [r * 1.1, -r * 0.8],
        [-r * 1.1, -r * 0.8],
      ]);
    case 'diamond':
      return polygon([
        [0, -r * 1.3],
        [r * 1.05, 0],
        [0, r * 1.3],
        [-r * 1.05, 0],
      ]);
    case 'plus': {
      const a = r * 0.4;
      const b = r * 1.15;
      return polygon([
        [-a, -b],
        [a, -b],
        [a, -a],
        [b, -a],
        [b, a],
        [a, a],
        [a, b],
        [-a, b],
        [-a, a],
        [-b, a],
        [-b, -a],
        [-a, -a],
      ]);
    }
    case 'star':
      return star(r);
  }
}
