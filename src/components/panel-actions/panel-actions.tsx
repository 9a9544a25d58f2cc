import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Claim } from '../../dataset/schema';
import { csvBlob, downloadBlob, exportFileName, viewFileWords } from '../../lib/export-file';
import type { FigureColours } from '../../lib/export-svg';
import { dashboardUrl, siteRoot } from '../../lib/share-urls';
import { serializeViewState } from '../../lib/url-state';
import { usePinnedRelease, useDatasetOrigin, useViewState, useVisibleDataset } from '../../store';
import { releaseRoot } from '../../lib/release-page';
import { useShownRelease } from '../use-shown-release';
import { claimDateText } from '../../dataset/dates';
import { newestShown } from './newest-shown';
import { toolbarChoice, toolbarChoiceWord } from './toolbar-choice';
import { viewFilterText } from '../../lib/view-text';
import { t } from '../../i18n/messages';
import type { PanelExport } from './panel-exports';
import './panel-actions.css';
import { datasetTitle } from '../../i18n/data-lang';

// What a panel exports, and its drawers, load when first asked for: a reader who only reads
// never downloads the code that writes files.
const loadExports = () => import('./panel-exports');
const EmbedDrawer = lazy(() => import('./embed-drawer').then((m) => ({ default: m.EmbedDrawer })));
const CiteDrawer = lazy(() => import('./cite-drawer').then((m) => ({ default: m.CiteDrawer })));

export interface PanelActionsProps {
  panelId: string;
  /** The claims the panel draws: the rows of its CSV and the sources of its images. */
  claims: readonly Claim[];
  /** What the panel draws: an SVG chart, a map canvas, or neither (cards, tables). */
  figure: 'chart' | 'map' | 'none';
  /** For a map: draws the export image itself (title, legend, sources and date included). */
  exportImage?: () => Promise<Blob>;
  /** For a map: draws its SVG itself, where the drawing on screen is not SVG. */
  exportVector?: () => Promise<Blob>;
  /** A drawing made for export, where the one on screen is not the whole figure. */
  drawFigure?: (colours: FigureColours) => SVGSVGElement;
  /** CSV of the panel's own rows, where they are not claims; given the dataset's label. */
  csv?: (datasetLabel: string) => string;
  /** Sources to name in image metadata besides those of the claims. */
  sources?: readonly { title: string; publisher: string; url: string }[];
  /** Nothing is drawn, though the panel has claims (written beside the chart): no image to make. */
  empty?: boolean;
}

type Drawer = 'embed' | 'cite' | null;

/** Export, embed and cite controls for one panel; every output carries its sources and date. */
export function PanelActions({
  panelId,
  claims,
  figure,
  exportImage,
  exportVector,
  drawFigure,
  csv,
  sources,
  empty = false,
}: PanelActionsProps) {
  const dataset = useVisibleDataset();
  const origin = useDatasetOrigin();
  const pinned = usePinnedRelease();
  const shown = useShownRelease();
  const view = useViewState();
  const root = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const [drawer, setDrawer] = useState<Drawer>(null);
  const drawerId = useId();
  if (dataset === null) return null;

  // Absolute links are made when asked for; what is rendered stays relative, so the page
  // renders the same on the server that prerenders it and in the browser.
  const site = () => siteRoot(window.location.origin, import.meta.env.BASE_URL);
  // The figures on screen are a release, unless they are a researcher's own file.
  const release = shown?.id;
  // A dataset linked with ?data= stays in every link; a file picked from disk cannot.
  const dataUrl = origin.kind === 'custom' && origin.via === 'link' ? origin.url : undefined;
  const urlFor = (at: string | null) =>
    dashboardUrl(releaseRoot(site(), at), panelId, view, dataUrl);
  const presentSearch = serializeViewState(
    view,
    `?present=${panelId}${dataUrl ? `&data=${encodeURIComponent(dataUrl)}` : ''}`,
  );
  // Images link to the release they show: its figures never change under the link.
  const url = () => urlFor(release ?? null);
  const customLabel = origin.kind === 'custom' ? origin.label : undefined;
  const datasetLabel = customLabel ? `custom: ${customLabel}` : 'published';
  // Named by the date of the panel's newest figure, the same date drawn into its images.
  const name = (ext: string, suffix = '') => {
    const section = root.current?.closest('section[data-panel]');
    const newest = section ? newestShown(section) : undefined;
    const date = newest ? claimDateText(newest) : dataset.updated;
    const choice = section ? toolbarChoiceWord(section) : undefined;
    return exportFileName(panelId, `${date}${suffix}`, ext, [
      ...(choice ? [choice] : []),
      ...viewFileWords(view),
    ]);
  };

  async function run(kind: string, make: () => Promise<{ blob: Blob; file: string }>) {
    setStatus(t('actions.preparing', { kind }));
    try {
      const { blob, file } = await make();
      downloadBlob(blob, file);
      setStatus(t('actions.saved', { file }));
    } catch (error) {
      setStatus(
        t('actions.failed', {
          kind,
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  function exported(): PanelExport {
    const section = root.current?.closest('section[data-panel]');
    if (!section || !dataset) throw new Error('the panel is not on the page');
    return {
      section,
      claims,
      dataset,
      url: url(),
      customLabel,
      drawFigure,
      sources,
      release: shown,
      view: [toolbarChoice(section), viewFilterText(view)].filter(Boolean).join(' · ') || undefined,
    };
  }

  // A chart with no claim in the view has nothing to draw: its images would be empty frames.
  const nothingDrawn = empty || (figure === 'chart' && !drawFigure && claims.length === 0);
  const imageTitle = (title: string) => (nothingDrawn ? t('actions.nothingDrawn') : title);

  const toggle = (which: Drawer) => setDrawer((open) => (open === which ? null : which));

  /** The figure as a PNG: the map draws its own; a chart is composed with its words. */
  const png = async () =>
    exportImage ? await exportImage() : (await loadExports()).panelPng(exported());
  /** The figure on a 1,920×1,080 slide. */
  const slide = async () => {
    const exports = await loadExports();
    if (!exportVector) return exports.panelSlidePng(exported());
    // The map: its vector drawing, with every view, key and note, fitted to the slide.
    const svg = await (await exportVector()).text();
    return exports.svgSlide(svg);
  };

  async function copy() {
    setStatus(t('actions.copying'));
    try {
      const exports = await loadExports();
      if (!exports.canCopyImages()) throw new Error(t('actions.noCopy'));
      await exports.copyPng(png());
      setStatus(t('actions.copied'));
    } catch (error) {
      setStatus(
        t('actions.copyFailed', {
          error: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  return (
    <div className="panel-actions" ref={root}>
      <div className="panel-actions__buttons" role="group" aria-label={t('actions.group')}>
        {figure !== 'none' && (
          <button
            type="button"
            className="button button--small"
            title={imageTitle(t('actions.pngTitle'))}
            disabled={nothingDrawn}
            onClick={() => void run('PNG', async () => ({ blob: await png(), file: name('png') }))}
          >
            PNG
          </button>
        )}
        {(figure === 'chart' || (figure === 'map' && exportVector)) && (
          <button
            type="button"
            className="button button--small"
            title={imageTitle(t('actions.slideTitle'))}
            disabled={nothingDrawn}
            onClick={() =>
              void run(t('actions.kindSlide'), async () => ({
                blob: await slide(),
                file: name('png', '-slide'),
              }))
            }
          >
            {t('actions.slide')}
          </button>
        )}
        {figure !== 'none' && (
          <button
            type="button"
            className="button button--small"
            title={imageTitle(t('actions.copyTitle'))}
            disabled={nothingDrawn}
            onClick={() => void copy()}
          >
            {t('actions.copyImage')}
          </button>
        )}
        {(figure === 'chart' || (figure === 'map' && exportVector)) && (
          <button
            type="button"
            className="button button--small"
            title={imageTitle(t('actions.svgTitle'))}
            disabled={nothingDrawn}
            onClick={() =>
              void run('SVG', async () => ({
                blob: await (
                  await loadExports()
                ).svgWithPageFonts(
                  exportVector ? await exportVector() : (await loadExports()).panelSvg(exported()),
                ),
                file: name('svg'),
              }))
            }
          >
            SVG
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          title={t('actions.csvTitle')}
          onClick={() =>
            void run('CSV', async () => ({
              blob: csvBlob(
                csv
                  ? csv(datasetLabel)
                  : (await loadExports()).panelCsv(dataset, claims, datasetLabel),
              ),
              file: name('csv'),
            }))
          }
        >
          CSV
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={drawer === 'embed'}
          aria-controls={drawerId}
          onClick={() => toggle('embed')}
        >
          {t('actions.embed')}
        </button>
        <button
          type="button"
          className="button button--small"
          aria-expanded={drawer === 'cite'}
          aria-controls={drawerId}
          onClick={() => toggle('cite')}
        >
          {t('actions.cite')}
        </button>
        <a
          className="button button--small"
          href={`${releaseRoot(import.meta.env.BASE_URL, pinned)}${presentSearch}`}
          title={t('actions.presentTitle')}
        >
          {t('actions.present')}
        </a>
      </div>
      <p className="panel-actions__status" role="status">
        {status}
      </p>
      <div id={drawerId} hidden={drawer === null} className="panel-actions__drawer">
        <Suspense fallback={<p className="panel-actions__status">{t('actions.loading')}</p>}>
          {drawer === 'embed' && (
            <EmbedDrawer
              panelId={panelId}
              site={site()}
              view={view}
              release={release}
              dataUrl={dataUrl}
              customFile={
                origin.kind === 'custom' && origin.via === 'file' ? origin.label : undefined
              }
            />
          )}
          {drawer === 'cite' && (
            <CiteDrawer
              panelId={panelId}
              urlFor={urlFor}
              release={release}
              updated={dataset.updated}
              datasetTitle={datasetTitle(dataset).text}
            />
          )}
        </Suspense>
      </div>
    </div>
  );
}
