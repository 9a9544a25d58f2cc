import { useId, useState } from 'react';
import { embedSnippet, embedUrl, type EmbedTheme } from '../../lib/share-urls';
import { releaseRoot } from '../../lib/release-page';
import type { ViewState } from '../../store';
import { CopyField } from './copy-field';
import type { Chrome } from '../../lib/chrome';
import { ReleaseChoice, type Pinning } from './release-choice';
import { t } from '../../i18n/messages';
import { richText } from '../../i18n/rich';

interface EmbedDrawerProps {
  panelId: string;
  site: string;
  view: ViewState;
  /** The release on screen, when the figures are a release; the embed is pinned to it by default. */
  release: string | undefined;
  /** A researcher's dataset linked with ?data=: the embed shows it too, marked. */
  dataUrl?: string;
  /** A researcher's file, which no embed can show. */
  customFile?: string;
}

/** Parts of a panel a chart-only embed leaves out: what its frame need not make room for. */
const LEFT_OUT = '.panel-actions, .panel__toolbar, .panel__notes, details.chart-data, .map-text';

/** The address with ?chrome=none, for the chart alone. */
function withChrome(src: string, chrome: Chrome): string {
  if (chrome === 'full') return src;
  const url = new URL(src);
  url.searchParams.set('chrome', 'none');
  return url.href;
}

/** The frame's starting height: the panel on screen, less what a chart-only embed leaves out. */
function embedHeight(section: Element | null, chrome: Chrome): number {
  if (section === null) return 480;
  const whole = section.getBoundingClientRect().height;
  if (chrome === 'full') return whole;
  const left = [...section.querySelectorAll<HTMLElement>(LEFT_OUT)].reduce(
    (sum, el) => sum + el.getBoundingClientRect().height,
    0,
  );
  return Math.max(200, whole - left);
}

/** The iframe snippet for this panel in the current view, with a live preview. */
export function EmbedDrawer({
  panelId,
  site,
  view,
  release,
  dataUrl,
  customFile,
}: EmbedDrawerProps) {
  const [theme, setTheme] = useState<EmbedTheme>('auto');
  const [withScript, setWithScript] = useState(true);
  const [pinning, setPinning] = useState<Pinning>('release');
  const [chrome, setChrome] = useState<Chrome>('none');
  const ids = { theme: useId(), script: useId(), chrome: useId() };
  // An article's chart must not change under its writer: pinned to this release unless asked.
  const root = releaseRoot(site, pinning === 'release' ? (release ?? null) : null);
  const src = withChrome(embedUrl(root, panelId, view, theme, dataUrl), chrome);
  const title =
    document.querySelector(`section[data-panel="${panelId}"] .panel__title`)?.textContent ??
    panelId;
  const height = embedHeight(document.querySelector(`section[data-panel="${panelId}"]`), chrome);
  const snippet = embedSnippet({
    src,
    title,
    height,
    hostScript: withScript ? `${site}embed-host.js` : undefined,
  });
  return (
    <div className="embed-drawer">
      {customFile !== undefined && (
        <p className="embed-drawer__warning" role="note">
          {richText('embed.fileWarning', { file: customFile, param: <code>?data=</code> })}
        </p>
      )}
      <div className="embed-drawer__options fields">
        {release !== undefined && (
          <ReleaseChoice release={release} value={pinning} onChange={setPinning} />
        )}
        <label htmlFor={ids.chrome}>
          {t('embed.show')}
          <select
            id={ids.chrome}
            value={chrome}
            onChange={(e) => setChrome(e.target.value as Chrome)}
          >
            <option value="none">{t('embed.chromeNone')}</option>
            <option value="full">{t('embed.chromeFull')}</option>
          </select>
        </label>
        <label htmlFor={ids.theme}>
          {t('embed.theme')}
          <select
            id={ids.theme}
            value={theme}
            onChange={(e) => setTheme(e.target.value as EmbedTheme)}
          >
            <option value="auto">{t('embed.themeAuto')}</option>
            <option value="light">{t('controls.themeLight')}</option>
            <option value="dark">{t('controls.themeDark')}</option>
          </select>
        </label>
        <label htmlFor={ids.script} className="embed-drawer__check">
          <input
            id={ids.script}
            type="checkbox"
            checked={withScript}
            onChange={(e) => setWithScript(e.target.checked)}
          />
          {t('embed.script')}
        </label>
      </div>
      <CopyField label={t('embed.code')} text={snippet} rows={4} />
      <p className="embed-drawer__preview-label">{t('embed.preview')}</p>
      <iframe
        className="embed-drawer__preview"
        src={src}
        title={t('embed.previewTitle', { title })}
        loading="lazy"
      />
    </div>
  );
}
