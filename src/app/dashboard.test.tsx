import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureDataset } from '../testing/fixture';
import { renderWithProviders } from '../testing/render';
import { DatasetFetchError, DatasetInvalidError } from '../dataset/load';
import { currentView } from '../store';
import { Dashboard } from './dashboard';
import { createQueryClient } from './query-client';

/** Answers the dataset's requests in turn; the releases' history is not there. */
function respondWith(...responses: (() => Response)[]) {
  const queue = [...responses];
  const fetchMock = vi.fn(async (url: string) => {
    if (String(url).endsWith('/changes.json')) return new Response('', { status: 404 });
    const make = queue.shift();
    if (make === undefined) throw new Error(`no response left for ${url}`);
    return make();
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
const json = (body: unknown) => () => new Response(JSON.stringify(body), { status: 200 });

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

describe('Dashboard', () => {
  it('loads the published dataset and shows the overview and the ledger', async () => {
    const fetchMock = respondWith(json(fixtureDataset()));
    renderWithProviders(<Dashboard />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset');
    expect(
      await screen.findByRole('heading', { name: 'The headline figures' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Every claim' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/data/dataset.json', expect.anything());
    expect(document.querySelector('.site-header')).toHaveTextContent(
      /Newest claim 13 January 2025, \d+ (days|months|years?)[^·]* before today/,
    );
  });

  it('names the problems of an invalid dataset and offers a retry that works', async () => {
    const broken = {
      ...fixtureDataset(),
      claims: [{ ...fixtureDataset().claims[0], qualifier: 'roughly' }],
    };
    respondWith(json(broken), json(fixtureDataset()));
    renderWithProviders(<Dashboard />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('claims[0].qualifier: expected one of exact, about');
    expect(alert).toHaveTextContent('got "roughly"');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('heading', { name: 'The headline figures' }),
    ).toBeInTheDocument();
  });

  it('says plainly when the file is missing', async () => {
    respondWith(() => new Response('<html>Not found</html>', { status: 404 }));
    renderWithProviders(<Dashboard />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No dataset at /data/dataset.json (HTTP 404 Not Found).',
    );
  });

  it('opens on the claim a link names and shows its details', async () => {
    window.history.replaceState(null, '', '/?claim=president-kw');
    respondWith(json(fixtureDataset()));
    renderWithProviders(<Dashboard />);
    const details = await screen.findByRole('complementary', { name: 'Selected claim' });
    expect(details).toHaveTextContent('4,000 killed or wounded');
    expect(details).toHaveTextContent('The President');
    expect(screen.getAllByRole('link', { name: 'Wire' })[0]).toHaveAttribute(
      'href',
      'https://example.org/briefing',
    );
  });

  it('writes a selection into the URL and follows back and forward', async () => {
    respondWith(json(fixtureDataset()));
    renderWithProviders(<Dashboard />);
    await screen.findByRole('heading', { name: 'Every claim' });
    const ledger = within(document.querySelector<HTMLElement>('[data-panel="claims"]')!);
    await userEvent.click(ledger.getByRole('button', { name: 'more than 100 killed' }));
    expect(window.location.search).toBe('?claim=report-killed');
    await userEvent.click(ledger.getByRole('button', { name: 'about 300 killed' }));
    expect(window.location.search).toBe('?claim=agency-killed-later');
    act(() => {
      window.history.back();
    });
    await waitFor(() => expect(currentView().selectedClaimId).toBe('report-killed'));
  });
});

describe('the query client', () => {
  it('retries a failed fetch but not an invalid file', () => {
    const client = createQueryClient();
    const retry = client.getDefaultOptions().queries?.retry as (n: number, e: Error) => boolean;
    expect(retry(0, new DatasetFetchError('offline'))).toBe(true);
    expect(retry(3, new DatasetFetchError('offline'))).toBe(false);
    expect(retry(0, new DatasetInvalidError([{ path: 'x', message: 'y' }]))).toBe(false);
  });
});
