/** Map stages at the widths of the screenshots (320, 390, 700 and 1,366 px windows), for tests. */
export const STAGES = {
  '320': { width: 288, height: 518 },
  '390': { width: 358, height: 644 },
  '700': { width: 628, height: 560 },
  '1366': { width: 1290, height: 576 },
};
