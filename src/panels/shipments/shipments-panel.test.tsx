import { act, screen, within } from '@testing-library/react';
import { dashboardActions } from '../../store';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { ShipmentsPanel } from './shipments-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="shipments"]')!;

describe('ShipmentsPanel', () => {
  it('draws each measure as its own small chart with its own axis', () => {
    renderWithProviders(<ShipmentsPanel />, { dataset: publishedDataset() });
    const multiples = panel().querySelectorAll('.small-multiple');
    expect([...multiples].map((m) => m.getAttribute('data-metric'))).toEqual([
      'munitions-containers',
      'artillery-shells',
      'mortar-shells',
      'mrl-rockets',
      'hwasong-11-missiles',
      'guns-and-launchers',
    ]);
    expect(within(multiples[1] as HTMLElement).getByText('8 mn')).toBeInTheDocument();
    expect(within(multiples[4] as HTMLElement).getByText('300')).toBeInTheDocument();
    expect(
      within(panel()).getByRole('button', {
        name: 'more than 100 Hwasong-11 class missiles, according to Ukrainian officials, 23 December 2024',
      }),
    ).toBeInTheDocument();
  });

  it('states the attribution conflict in its notes', () => {
    renderWithProviders(<ShipmentsPanel />, { dataset: publishedDataset() });
    expect(
      within(panel()).getByText(
        'Artillery shells: Ukrainian officials (Asia Economy); US and South Korean officials (Euromaidan Press, Evrim Ağacı).',
      ),
    ).toBeInTheDocument();
  });

  it('highlights the selected claim', () => {
    renderWithProviders(<ShipmentsPanel />, { dataset: publishedDataset() });
    act(() => dashboardActions().claimSelected('asiae-artillery-shells'));
    expect(
      panel().querySelector('[data-claim="asiae-artillery-shells"].claim-mark'),
    ).toHaveAttribute('data-selected');
  });

  it('says so when nothing was shipped in the data', () => {
    renderWithProviders(<ShipmentsPanel />, { dataset: fixtureDataset() });
    expect(screen.getByText(/^The dataset holds no shipment figure\./)).toBeInTheDocument();
  });
});
