import { timeChartHeight, timeChartMinHeight } from './prerender-size';

describe('a time chart’s height', () => {
  it('grows with the width between its limits', () => {
    expect(timeChartHeight(340, 260)).toBe(260);
    expect(timeChartHeight(600, 260)).toBe(330);
    expect(timeChartHeight(700, 260)).toBe(385);
    expect(timeChartHeight(1200, 260)).toBe(460);
  });

  it('makes room for many marks, up to a limit', () => {
    expect(timeChartMinHeight(4)).toBe(260);
    expect(timeChartMinHeight(10)).toBe(260);
    expect(timeChartMinHeight(20)).toBe(320);
    expect(timeChartMinHeight(500)).toBe(380);
    // On a phone a chart of 20 marks is taller than one of 4 at the same width.
    expect(timeChartHeight(340, timeChartMinHeight(20))).toBeGreaterThan(
      timeChartHeight(340, timeChartMinHeight(4)),
    );
  });
});
