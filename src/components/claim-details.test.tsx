import { screen, within } from '@testing-library/react';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { ClaimDetails } from './claim-details';

function details(
  dataset = fixtureDataset(),
  claimId = 'agency-killed-later',
  asOf: string | null = null,
) {
  renderWithProviders(
    <ClaimDetails
      dataset={dataset}
      claimId={claimId}
      hidden={asOf !== null}
      asOf={asOf}
      onClose={() => {}}
    />,
  );
  return screen.getByRole('complementary', { name: 'Selected claim' });
}

describe('ClaimDetails', () => {
  it('strikes a withdrawn claim through and gives its reason, and lists the corrections made', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.retracted = { date: '2025-02', reason: 'The agency withdrew it.' };
    dataset.claims[2]!.corrections = [{ date: '2025-01-20', change: 'The unit was wrong.' }];
    const card = details(dataset);
    expect(within(card).getByText('about 300 killed')).toHaveClass('retracted');
    expect(card).toHaveTextContent('withdrawn');
    expect(card).toHaveTextContent('Withdrawn in February 2025: The agency withdrew it.');
    expect(card).toHaveTextContent(
      'Corrected by this dataset on 20 January 2025: The unit was wrong.',
    );
  });

  it('says when a claim dated to the month counts as known, and why the view hides it', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.claimedOn = '2025-01';
    const card = details(dataset, 'agency-killed-later', '2025-01-20');
    expect(card).toHaveTextContent('Claimed by Spy Agency in January 2025');
    expect(card).toHaveTextContent(
      'Dated only to the month (January 2025): counted as known from its last day, 31 January 2025.',
    );
    expect(card).toHaveTextContent('it was not yet known on 20 January 2025');
  });

  it('says "on or before" for a claim whose report alone is dated, and credits a relay with "via"', () => {
    const dataset = fixtureDataset();
    delete dataset.claims[0]!.claimedOn;
    dataset.claims[0]!.claimedBy = '2024-12-23';
    const card = details(dataset, 'report-killed');
    expect(card).toHaveTextContent('Claimed by Spy Agency on or before 23 December 2024');
    expect(card).toHaveTextContent('reported by Original Daily via Report Press');
  });
});
