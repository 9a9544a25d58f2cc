import type { Plugin } from 'vite';
import { PANEL_IDS } from '../src/lib/panel-ids.ts';

const TEMPLATE = 'embed.html';

/** The template's HTML, made into one panel's page: the panel id on <html>, its own title. */
export function embedPageHtml(template: string, panel: string): string {
  return template
    .replace('<html lang="en">', `<html lang="en" data-panel="${panel}">`)
    .replace(
      /<title>[^<]*<\/title>/,
      `<title>North Korea's arms supply to Russia: ${panel} panel</title>`,
    );
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
        const match = new RegExp(`^${base}embed/([a-z]+)/?$`).exec(path);
        if (match && PANEL_IDS.includes(match[1] as (typeof PANEL_IDS)[number]))
          req.url = `${base}${TEMPLATE}${req.url?.slice(path.length) ?? ''}`;
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
            source: embedPageHtml(template, panel),
          });
      },
    },
  };
}
