import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { PANEL_IDS } from '../src/lib/panel-ids.ts';
import { LOCALES } from '../src/i18n/locale.ts';

const TEMPLATE = 'embed.html';

interface PanelFiles {
  scripts: string[];
  styles: string[];
}

/** The template's HTML, made into one panel's page: the panel id on <html>, its own title. */
export function embedPageHtml(
  template: string,
  panel: string,
  files: PanelFiles = { scripts: [], styles: [] },
): string {
  const links = [
    ...files.styles
      .filter((href) => !template.includes(`"${href}"`))
      .map((href) => `<link rel="stylesheet" crossorigin href="${href}">`),
    ...files.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`),
  ];
  return template
    .replace('<html lang="en">', `<html lang="en" data-panel="${panel}">`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>North Korea's arms supply to Russia: ${panel} panel</title>`,
    )
    .replace('</head>', links.length > 0 ? `  ${links.join('\n    ')}\n  </head>` : '</head>');
}

/**
 * The chunks a panel's code needs beyond the embed's entry: preloaded with the page, so the
 * browser fetches them at once instead of discovering them one import at a time.
 */
function panelChunks(bundle: OutputBundle, panel: string, base: string): PanelFiles {
  const chunks = Object.values(bundle).filter((f): f is OutputChunk => f.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const walk = (name: string, into: Set<string>) => {
    if (into.has(name)) return;
    into.add(name);
    for (const dep of byName.get(name)?.imports ?? []) walk(dep, into);
  };
  const module = `/src/panels/${panel}/${panel}-panel.tsx`;
  const start = chunks.find((c) => c.moduleIds.some((id) => id.endsWith(module)));
  if (!start) return { scripts: [], styles: [] };
  const loaded = new Set<string>();
  const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('/embed.html'));
  if (entry) walk(entry.fileName, loaded);
  const needed = new Set<string>();
  walk(start.fileName, needed);
  const scripts = [...needed].filter((name) => !loaded.has(name));
  // The panel's styles too: a prerendered chart must be styled before any script runs.
  const styles = [...needed].flatMap((name) => [
    ...(byName.get(name)?.viteMetadata?.importedCss ?? []),
  ]);
  return {
    scripts: scripts.map((name) => `${base}${name}`),
    styles: [...new Set(styles)].map((name) => `${base}${name}`),
  };
}

/**
 * Builds /embed/<panel-id>/index.html for every panel as a real file, so any static host serves
 * the embeds with no rewrite rules, under any base path. The dev server answers the same URLs.
 */
export function embedPages(): Plugin {
  let base = '/';
  return {
    name: 'embed-pages',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const query = req.url?.slice(path.length) ?? '';
        // A release's pages, /v/<id>/ and /v/<id>/embed/<panel>/, and a language's, /uk/,
        // /uk/embed/<panel>/ and /v/<id>/uk/, are the latest's pages.
        const languages = LOCALES.slice(1).join('|');
        const pinned = new RegExp(
          `^${base}(?:v/\\d{4}-\\d{2}-\\d{2}/(?:(?:${languages})/)?|(?:${languages})/)(.*)$`,
        ).exec(path);
        const rest = pinned ? pinned[1]! : path.slice(base.length);
        const match = /^embed\/([a-z]+)\/?$/.exec(rest);
        if (match && PANEL_IDS.includes(match[1] as (typeof PANEL_IDS)[number]))
          req.url = `${base}${TEMPLATE}${query}`;
        else if (pinned && rest === '') req.url = `${base}${query}`;
        next();
      });
    },
    generateBundle: {
      // After Vite has written the template's HTML, with its hashed script and style links.
      order: 'post',
      handler(_options, bundle) {
        const page = bundle[TEMPLATE];
        if (!page || page.type !== 'asset') return;
        const template = String(page.source);
        delete bundle[TEMPLATE];
        for (const panel of PANEL_IDS)
          this.emitFile({
            type: 'asset',
            fileName: `embed/${panel}/index.html`,
            source: embedPageHtml(template, panel, panelChunks(bundle, panel, base)),
          });
      },
    },
  };
}
