import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Layer } from '@deck.gl/core';
import { currentView, dashboardActions } from '../../store';
import { renderWithProviders } from '../../testing/render';
import { publishedDataset } from '../../testing/published-dataset';
import type { MapFlow } from './map-flows';
import type { MapPlace } from './map-places';
import { MapPanel } from './map-panel';

// A real DeckGL in jsdom mounts a canvas and never draws: record what the map hands it instead.
const deck = vi.hoisted(() => ({
  props: null as null | Record<string, unknown>,
  throwOnRender: false,
}));
vi.mock('@deck.gl/react', () => ({
  default: (props: Record<string, unknown>) => {
    if (deck.throwOnRender) throw new Error('the map crashed');
    deck.props = props;
    return <div data-testid="deck" className="deck-events-root" />;
  },
}));
const webgl = vi.hoisted(() => ({ support: 'webgl2' as 'webgl2' | 'webgl1-only' | 'none' }));
vi.mock('./webgl', () => ({ webglSupport: () => webgl.support }));
vi.mock('./basemap', () => ({
  fetchBasemap: async () => ({
    countries: { type: 'FeatureCollection', features: [] },
    borders: {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiLineString', coordinates: [] },
    },
  }),
}));
vi.mock('./icon-atlas', () => ({ iconAtlas: () => ({ atlas: {}, mapping: {} }) }));

const dataset = publishedDataset();
const layers = () => (deck.props?.layers ?? []) as Layer[];
const layer = (id: string) => {
  const found = layers().find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found.props as unknown as { data: unknown[] };
};
const flowKinds = () => new Set((layer('flows').data as MapFlow[]).map((f) => f.kind));
const kursk = () =>
  (layer('places').data as MapPlace[]).find((p) => p.id === 'kursk-oblast') as MapPlace;

/** The panel's own message about the map (the panel's export status is another status). */
const message = () => screen.getByText('The map cannot be drawn here.').closest('[role="status"]');

async function renderMap() {
  const utils = renderWithProviders(<MapPanel />, { dataset });
  // The first test pays for transforming deck.gl's lazy chunk: allow it time.
  await screen.findByTestId('deck', {}, { timeout: 15_000 });
  return utils;
}

beforeEach(() => {
  deck.props = null;
  deck.throwOnRender = false;
  webgl.support = 'webgl2';
});

describe('MapPanel', () => {
  it('shows its frame, key and sources with the map', async () => {
    await renderMap();
    expect(
      screen.getByRole('heading', { name: 'Where the arms, oil and troops move' }),
    ).toBeVisible();
    for (const name of [
      'Munitions and missiles',
      'Oil',
      'Troops',
      'Places',
      'Missile strike sites',
      'Labels',
    ])
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    expect(screen.getByText(/Basemap and the Tumen river: Natural Earth/)).toBeInTheDocument();
    expect(screen.getByText(/All arcs have the same width/)).toBeInTheDocument();
    // The crossing as the report names it, in the panel's own text.
    expect(document.querySelector('.panel__subtitle')).toHaveTextContent(
      'through the Tumangang–Khasan rail crossing into Russia',
    );
  }, 30_000);

  it('switches layers off and on from the key', async () => {
    const user = userEvent.setup();
    await renderMap();
    expect(flowKinds()).toEqual(new Set(['munitions', 'oil', 'troops']));
    await user.click(screen.getByRole('checkbox', { name: 'Oil' }));
    expect(flowKinds()).toEqual(new Set(['munitions', 'troops']));
    expect(layer('flow-arrows').data).toHaveLength(layer('flows').data.length);

    await user.click(screen.getByRole('checkbox', { name: 'Missile strike sites' }));
    const symbols = (layer('places').data as MapPlace[]).map((p) => p.symbol);
    expect(symbols).not.toContain('strike');
    expect(symbols).toContain('combat');

    expect(layer('labels-border').data.length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: 'Labels' }));
    expect(layer('labels-border').data).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Oil' }));
    expect(flowKinds()).toContain('oil');
  });

  it('shows a tooltip for the hovered place and selects its claim on click', async () => {
    await renderMap();
    const onHover = deck.props?.onHover as (info: unknown) => void;
    act(() => onHover({ object: kursk(), layer: { id: 'places' }, x: 120, y: 80 }));
    const tooltip = screen.getByRole('tooltip');
    expect(within(tooltip).getByText('Kursk Oblast')).toBeInTheDocument();
    expect(within(tooltip).getByText('Killed: more than 100 killed')).toBeInTheDocument();
    expect(tooltip).toHaveTextContent("South Korea's NIS, 23 Dec 2024");
    act(() => onHover({ object: null, layer: null, x: 0, y: 0 }));
    expect(screen.queryByRole('tooltip')).toBeNull();

    const onClick = deck.props?.onClick as (info: unknown) => void;
    act(() => onClick({ object: kursk(), layer: { id: 'places' }, x: 120, y: 80 }));
    expect(currentView().selectedClaimId).toBe('report-killed');
    expect((layer('selection').data as MapPlace[]).map((p) => p.id)).toEqual(['kursk-oblast']);
  });

  it('selects what the tooltip offers when the click’s own pick comes back empty', async () => {
    await renderMap();
    const onHover = deck.props?.onHover as (info: unknown) => void;
    act(() => onHover({ object: kursk(), layer: { id: 'places' }, x: 120, y: 80 }));
    const onClick = deck.props?.onClick as (info: unknown) => void;
    act(() => onClick({ object: null, layer: null, x: 300, y: 80 }));
    expect(currentView().selectedClaimId).toBeNull();
    act(() => onClick({ object: null, layer: null, x: 121, y: 81 }));
    expect(currentView().selectedClaimId).toBe('report-killed');
  });

  it('rings the place of a claim selected elsewhere, and thickens the arcs it sizes', async () => {
    await renderMap();
    act(() => dashboardActions().claimSelected('csis-khasan-2024-06-17'));
    expect((layer('selection').data as MapPlace[]).map((p) => p.id)).toEqual(['khasan-station']);
    act(() => dashboardActions().claimSelected('osc-oil-barrels'));
    const casing = layer('flow-casing') as unknown as { getWidth: (f: MapFlow) => number };
    const getWidth = casing.getWidth;
    const oil = (layer('flows').data as MapFlow[]).find((f) => f.kind === 'oil') as MapFlow;
    const troops = (layer('flows').data as MapFlow[]).find((f) => f.kind === 'troops') as MapFlow;
    expect(getWidth(oil) - oil.width).toBeGreaterThan(getWidth(troops) - troops.width);
  });

  it('reports its first frame, zooms the view in focus, and moves the details to their presets', async () => {
    const user = userEvent.setup();
    const { container } = await renderMap();
    const stage = container.querySelector('[data-map-state]');
    const zoomIn = screen.getByRole('button', { name: /^Zoom in/ });
    expect(zoomIn).toBeDisabled();
    // Let the basemap query settle, then tell the panel a frame was drawn. (No waitFor here: the
    // frame counter it sets is a DOM change that would call the waitFor callback again forever.)
    await act(async () => {});
    act(() => (deck.props?.onAfterRender as () => void)());
    expect(stage).toHaveAttribute('data-map-state', 'drawn');
    expect(Number(stage?.getAttribute('data-map-first-frame-ms'))).toBeGreaterThanOrEqual(0);
    const views = (deck.props?.views as { id: string }[]).map((v) => v.id);
    expect(views.sort()).toEqual(['border', 'front', 'overview']);
    const zoom = (id: string) =>
      (deck.props?.viewState as Record<string, { zoom: number }>)[id]?.zoom ?? NaN;
    const first = { border: zoom('border'), front: zoom('front'), overview: zoom('overview') };

    // The border region is in focus at first; its frame's name puts another view in focus.
    expect(zoomIn).toHaveAccessibleName('Zoom in: North Korea–Russia border');
    await user.click(zoomIn);
    expect(zoom('border')).toBeCloseTo(first.border + 1, 6);
    expect(zoom('front')).toBeCloseTo(first.front, 6);
    await user.click(screen.getByRole('button', { name: 'Kursk and Ukraine' }));
    expect(stage).toHaveAttribute('data-map-focus', 'front');
    await user.click(screen.getByRole('button', { name: 'Zoom out: Kursk and Ukraine' }));
    expect(zoom('front')).toBeCloseTo(first.front - 1, 6);

    await user.click(screen.getByRole('button', { name: 'Crossing close-up' }));
    expect(zoom('border')).toBeGreaterThan(9);
    await user.click(screen.getByRole('button', { name: 'Front' }));
    expect(zoom('front')).toBeGreaterThan(first.front);
    await user.click(screen.getByRole('button', { name: 'Reset views' }));
    for (const id of ['border', 'front', 'overview'] as const)
      expect(zoom(id)).toBeCloseTo(first[id], 6);
    expect(screen.getByRole('button', { name: 'PNG' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'SVG' })).toBeEnabled();
  });

  it('moves the view in focus with the arrow keys and zooms it with plus and minus', async () => {
    await renderMap();
    await act(async () => {});
    act(() => (deck.props?.onAfterRender as () => void)());
    const root = screen.getByTestId('deck');
    const state = () =>
      (deck.props?.viewState as Record<string, { longitude: number; zoom: number }>).border!;
    const start = state();
    const press = (code: string) =>
      act(() => root.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true })));
    press('ArrowRight');
    expect(state().longitude).toBeGreaterThan(start.longitude);
    press('Equal');
    expect(state().zoom).toBeCloseTo(start.zoom + 1, 6);
  });

  it('says so in words and lists the places as text when there is no WebGL', async () => {
    const user = userEvent.setup();
    webgl.support = 'none';
    renderWithProviders(<MapPanel />, { dataset });
    expect(message()).toHaveTextContent(
      'The map cannot be drawn here. WebGL is switched off or not available in this browser.',
    );
    expect(screen.queryByTestId('deck')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Zoom in' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'PNG' })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    const plant = document.querySelector('[data-place="february-11-plant"]');
    expect(plant).toHaveTextContent(
      'February 11 Plant, Hamhung, production site; exact site. The only known maker',
    );
    expect(plant).toHaveTextContent('Identification inferred');
    const kharkiv = document.querySelector('[data-place="kharkiv"]') as HTMLElement;
    expect(kharkiv).toHaveTextContent('city: the point stands for the city');
    expect(kharkiv).toHaveTextContent('2 Jan, 6 Jan and 7 Feb 2024');
    await user.click(
      within(kharkiv).getByRole('button', { name: '2 KN-23 missiles, of 5 in the attack' }),
    );
    expect(currentView().selectedClaimId).toBe('kharkiv-police-2024-02-07');
  });

  it('falls back to the text when deck reports a lost context', async () => {
    await renderMap();
    act(() => (deck.props?.onError as (e: Error) => void)(new Error('WebGL context is lost')));
    expect(message()).toHaveTextContent('WebGL context is lost');
    expect(screen.queryByTestId('deck')).toBeNull();
    expect(document.querySelector('[data-place="kursk-oblast"]')).toBeVisible();
  });

  it('keeps a crash of the map inside the panel', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    deck.throwOnRender = true;
    renderWithProviders(
      <>
        <MapPanel />
        <p>The ledger</p>
      </>,
      { dataset },
    );
    await screen.findByText('The map cannot be drawn here.');
    expect(message()).toHaveTextContent('the map crashed');
    expect(screen.getByText('The ledger')).toBeInTheDocument();
    vi.mocked(console.error).mockRestore();
  });
});
