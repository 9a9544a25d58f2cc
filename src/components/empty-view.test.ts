import { emptyViewText } from './empty-view';

describe('emptyViewText', () => {
  it('names the filters that leave a panel empty', () => {
    expect(emptyViewText('empty.what.oil', '2024-10-01', 'low')).toBe(
      'No oil figure was known as of 1 October 2024. Clear the filters in the header to see every claim.',
    );
    expect(emptyViewText('empty.what.event', null, 'high')).toBe(
      'No event was known at high confidence. Clear the filters in the header to see every claim.',
    );
    expect(emptyViewText('empty.what.railcar', '2023-01-31', 'medium')).toMatch(
      /^No railcar count was known as of 31 January 2023 at medium or high confidence\./,
    );
    expect(emptyViewText('empty.what.value', null, 'low')).toBe(
      'The dataset holds no value figure.',
    );
  });
});
