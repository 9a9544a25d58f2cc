import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { currentView, dashboardActions, useEscapeClearsSelection } from '../../store';
import { fixtureDataset } from '../../testing/fixture';
import { publishedDataset } from '../../testing/published-dataset';
import { renderWithProviders } from '../../testing/render';
import { CasualtiesPanel } from './casualties-panel';

const panel = () => document.querySelector<HTMLElement>('section[data-panel="casualties"]')!;
const tickLabels = () =>
  [...panel().querySelectorAll('.recharts-cartesian-axis-tick-value')].map((t) => t.textContent);
/** The dashboard's and the embeds' Escape key, on its own. */
function renderEscapeListener() {
  function Listener() {
    useEscapeClearsSelection();
    return null;
  }
  return render(<Listener />).unmount;
}
const mark = (id: string) => panel().querySelector<SVGGElement>(`.claim-mark[data-claim="${id}"]`);
/** Opens the chart's data table, whose rows are put on the page when it is opened. */
const dataTable = async () => {
  await userEvent.click(within(panel()).getByText(/^Show the data/));
  return within(panel()).getByRole('table');
};

describe('CasualtiesPanel', () => {
  it('draws one focusable mark per killed claim, named with its qualifier and claimant', () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    expect(screen.getByRole('heading', { name: /troops and casualties/i })).toBeInTheDocument();
    const marks = within(panel()).getAllByRole('button', { name: /according to/ });
    expect(marks.map((m) => m.getAttribute('aria-label'))).toEqual([
      'more than 100 killed, according to Spy Agency, 23 December 2024; a figure of the report',
      'about 300 killed, according to Spy Agency, 13 January 2025',
    ]);
    expect(mark('report-killed')).toHaveAttribute('tabindex', '0');
  });

  it('switches measure', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    await userEvent.click(screen.getByRole('radio', { name: 'Killed or wounded' }));
    expect(mark('president-kw')).not.toBeNull();
    expect(mark('report-killed')).toBeNull();
  });

  it('selects a claim on click and on Enter, and highlights it', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    await userEvent.click(mark('agency-killed-later')!);
    expect(currentView().selectedClaimId).toBe('agency-killed-later');
    expect(mark('agency-killed-later')).toHaveAttribute('data-selected');
    expect(mark('agency-killed-later')).toHaveAttribute('aria-pressed', 'true');

    mark('report-killed')!.focus();
    fireEvent.keyDown(mark('report-killed')!, { key: 'Enter' });
    expect(currentView().selectedClaimId).toBe('report-killed');
    expect(mark('agency-killed-later')).not.toHaveAttribute('data-selected');
  });

  it('keeps the marks in one order when one is selected, so Tab goes on to the next', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: publishedDataset() });
    const order = () =>
      [...panel().querySelectorAll('.claim-mark')].map((m) => m.getAttribute('data-claim'));
    const before = order();
    expect(before.length).toBeGreaterThan(3);
    const first = mark(before[0]!)!;
    act(() => first.focus());
    await userEvent.keyboard('{Enter}');
    expect(currentView().selectedClaimId).toBe(before[0]);
    expect(order()).toEqual(before);
    // The selected mark is drawn again on top, for the eye only.
    const copy = panel().querySelector(`.claim-mark-copy[data-copy-of="${before[0]}"]`);
    expect(copy).toHaveAttribute('aria-hidden', 'true');
    expect(copy?.querySelector('[tabindex]')).toBeNull();
    await userEvent.tab();
    expect(document.activeElement).toBe(mark(before[1]!));
  });

  it('labels the marks there is room for, and never two on one spot', () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: publishedDataset() });
    act(() => dashboardActions().measureChosen('troops-deployed'));
    const labels = [...panel().querySelectorAll<SVGTextElement>('.point-layer .mark-label')];
    const marks = panel().querySelectorAll('.point-layer .claim-mark');
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThan(marks.length);
    const spots = labels.map((l) => `${l.getAttribute('x')},${l.getAttribute('y')}`);
    expect(new Set(spots).size).toBe(spots.length);
    // Where the marks crowd, some go without; a mark with room around it is labelled.
    act(() => dashboardActions().measureChosen('killed'));
    const newest = panel().querySelector('.claim-mark[data-claim="nis-2025-09-02-killed"]')!;
    expect(newest.parentElement!.querySelector('.mark-label')).toHaveTextContent('≈2,000');
  });

  it('draws every measure side by side on request, each on its own axes, and stays so on a selection', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: publishedDataset() });
    await userEvent.click(screen.getByRole('radio', { name: 'All, side by side' }));
    expect(currentView().measure).toBe('all');
    const multiples = await waitFor(() => {
      const found = [...panel().querySelectorAll<HTMLElement>('.small-multiple')];
      expect(found.length).toBeGreaterThan(4);
      return found;
    });
    expect(multiples.map((m) => m.dataset.metric)).toEqual(
      expect.arrayContaining(['troops-deployed', 'killed', 'injured', 'workers']),
    );
    for (const m of multiples) expect(m.querySelector('.claim-mark')).not.toBeNull();
    // Each measure keeps its own value axis: the killed chart does not reach the troops' 15,000.
    const top = (metric: string) =>
      Math.max(
        ...[
          ...panel().querySelectorAll(
            `[data-metric="${metric}"] .recharts-cartesian-axis-tick-value`,
          ),
        ]
          .map((t) => Number(t.textContent!.replace(/,/g, '')))
          .filter(Number.isFinite),
      );
    expect(top('troops-deployed')).toBeGreaterThan(top('killed'));
    await userEvent.click(mark('nis-2025-09-02-killed')!);
    expect(currentView().selectedClaimId).toBe('nis-2025-09-02-killed');
    expect(panel().querySelectorAll('.small-multiple').length).toBe(multiples.length);
    expect(panel()).toHaveTextContent('compare shapes and dates across them, not heights');
  });

  it('clears the selection on Escape', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    const unmount = renderEscapeListener();
    await userEvent.click(mark('agency-killed-later')!);
    expect(currentView().selectedClaimId).toBe('agency-killed-later');
    await userEvent.keyboard('{Escape}');
    expect(currentView().selectedClaimId).toBeNull();
    expect(mark('agency-killed-later')).not.toHaveAttribute('data-selected');
    expect(panel().querySelector('.claim-mark-copy')).toBeNull();
    unmount();
  });

  it('shows a focused mark’s claim below the chart, with its source as a link', () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    act(() => mark('agency-killed-later')!.focus());
    const details = panel().querySelector<HTMLElement>('.chart-details')!;
    expect(details).toHaveTextContent('about 300 killed');
    expect(details).toHaveTextContent('Spy Agency');
    expect(within(details).getByRole('link', { name: 'Wire' })).toHaveAttribute(
      'href',
      'https://example.org/briefing',
    );
  });

  it('follows a selection made elsewhere to its measure', () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    act(() => dashboardActions().claimSelected('president-kw'));
    expect(screen.getByRole('radio', { name: 'Killed or wounded' })).toBeChecked();
    expect(mark('president-kw')).toHaveAttribute('data-selected');
  });

  it('hides claims made after the "known as of" date, in the chart and its table', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: publishedDataset() });
    expect(mark('nis-2025-01-13-killed')).not.toBeNull();
    expect(panel().querySelector('.as-of-rule')).toBeNull();
    act(() => dashboardActions().asOfChanged('2024-12-23'));
    expect(mark('nis-2025-01-13-killed')).toBeNull();
    expect(mark('report-killed')).not.toBeNull();
    // The axis ends at the date, marked and named on the chart.
    await waitFor(() =>
      expect(panel().querySelector('.as-of-rule')).toHaveTextContent('Known as of 23 Dec 2024'),
    );
    expect(tickLabels()).toContain('Dec 2024');
    expect(tickLabels()).not.toContain('Feb 2025');
    const table = await dataTable();
    expect(within(table).queryByText('about 300 killed')).toBeNull();
    expect(within(table).getByText('more than 100 killed')).toBeInTheDocument();
  });

  it('describes the chart in words and lists its data in a table', async () => {
    renderWithProviders(<CasualtiesPanel />, { dataset: fixtureDataset() });
    const chart = within(panel()).getByRole('group', { name: 'Killed: claims over time' });
    const description = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(description).toHaveTextContent('Killed: 2 claims by Spy Agency');
    expect(description).toHaveTextContent(
      'more than 100 killed, according to Spy Agency, 23 December 2024.',
    );
    const rows = within(await dataTable()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(panel()).toHaveTextContent('Newest claim shown 13 January 2025');
  });

  it('says a claim known to the month is of that month, in its mark, its table row and its date', async () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.claimedOn = '2025-01';
    renderWithProviders(<CasualtiesPanel />, { dataset });
    const monthly = mark('agency-killed-later')!;
    expect(monthly).toHaveAttribute(
      'aria-label',
      'about 300 killed, according to Spy Agency, January 2025',
    );
    const table = await dataTable();
    const row = within(table).getByText('about 300 killed').closest('tr')!;
    expect(row).toHaveTextContent('January 2025');
    expect(row).not.toHaveTextContent(/1 January/);
    expect(panel()).toHaveTextContent('Newest claim shown January 2025');
  });

  it('leaves a withdrawn claim out of the chart, and draws it hollow and struck through when asked', () => {
    const dataset = fixtureDataset();
    dataset.claims[2]!.retracted = { date: '2025-02', reason: 'The agency withdrew it.' };
    renderWithProviders(<CasualtiesPanel />, { dataset });
    expect(mark('agency-killed-later')).toBeNull();
    expect(mark('report-killed')).not.toBeNull();
    act(() => dashboardActions().retractedShown(true));
    const withdrawn = mark('agency-killed-later')!;
    expect(withdrawn).toHaveAttribute(
      'aria-label',
      'about 300 killed, according to Spy Agency, 13 January 2025 (withdrawn: The agency withdrew it.)',
    );
    expect(withdrawn.querySelector('.bound-strike')).not.toBeNull();
    expect(withdrawn.querySelector('path.bound-outline')).toHaveAttribute('fill-opacity', '0');
    expect(mark('report-killed')!.querySelector('.bound-strike')).toBeNull();
    expect(within(panel()).getByText('Hollow, struck through')).toBeInTheDocument();
  });
});
