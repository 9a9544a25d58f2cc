import { act, StrictMode, type ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { expect, vi } from 'vitest';
import { RELEASE_HISTORY_KEY } from '../dataset/release-history';
import type { Dataset } from '../dataset/schema';
import { dashboardActions } from '../store';
import { PRERENDER_WIDTH } from './prerender-size';

/** Test helpers: a tree rendered as the server renders it, then hydrated as the browser does. */

/** A query client as a page has one, its release history known (empty), so nothing is fetched. */
function withQueries(ui: ReactElement) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(RELEASE_HISTORY_KEY, { releases: [] });
  return (
    <StrictMode>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </StrictMode>
  );
}

/** The HTML the server sends for `ui`, with the dataset in the store. */
export function serverHtml(ui: ReactElement, dataset: Dataset): string {
  dashboardActions().datasetLoaded(dataset, { kind: 'published' });
  return renderToString(withQueries(ui));
}

/** Parses server HTML into a detached element, to query it as a page would. */
export function parseHtml(html: string): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  return element;
}

/**
 * Server HTML draws each chart at every prerender width: what a test reads of it, it reads from
 * the drawings at one width (the live chart's first guess), or from the element it is given.
 */
const oneWidth = (element: Element, selector: string) =>
  element.querySelectorAll(
    element.querySelector('.claim-chart__static')
      ? `.claim-chart__static[data-width="${PRERENDER_WIDTH}"] ${selector}`
      : selector,
  );

/** Every data-claim id of the claim marks in an element, in document order. */
export const markIds = (element: Element) =>
  [...oneWidth(element, '.claim-mark')].map((mark) => mark.getAttribute('data-claim'));

/** A panel's static drawings at one width (the live chart's first guess), in server HTML. */
export const panelDrawings = (page: Element, panel: string) =>
  page.querySelectorAll(
    `section[data-panel="${panel}"] svg.claim-chart__static[data-width="${PRERENDER_WIDTH}"]`,
  );

/** The tick labels of the static drawing's axes. */
export const tickLabels = (element: Element) =>
  [...oneWidth(element, '.static-axis text')].map((text) => text.textContent);

/**
 * Hydrates server HTML in a container on the page, waiting for effects; reports every
 * recoverable error React raised and every console error logged while doing so.
 */
export async function hydrate(ui: ReactElement, html: string) {
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const recoverable = vi.fn();
  const consoleError = vi.spyOn(console, 'error');
  let root: Root | undefined;
  await act(async () => {
    root = hydrateRoot(container, withQueries(ui), {
      onRecoverableError: recoverable,
    });
  });
  const errors = [...recoverable.mock.calls, ...consoleError.mock.calls];
  consoleError.mockRestore();
  const unmount = () => {
    act(() => root?.unmount());
    container.remove();
  };
  return { container, errors, unmount };
}

/**
 * Renders a chart panel on the server, hydrates it, and checks that it hydrated without a
 * mismatch into `charts` live recharts charts drawing `marks` claim marks, with no static
 * drawing left.
 */
export async function expectLiveAfterHydration(
  ui: ReactElement,
  dataset: Dataset,
  { charts, marks }: { charts: number; marks: number },
) {
  const { container, errors, unmount } = await hydrate(ui, serverHtml(ui, dataset));
  expect(errors).toEqual([]);
  expect(container.querySelectorAll('svg.recharts-surface')).toHaveLength(charts);
  expect(container.querySelector('.claim-chart__static')).toBeNull();
  expect(markIds(container)).toHaveLength(marks);
  unmount();
}
