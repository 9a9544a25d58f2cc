import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { publishedDataFiles } from './scripts/dataset-files.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { embedPages } from './scripts/embed-pages.ts';

const TYPES: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  xml: 'application/atom+xml; charset=utf-8',
};

/**
 * Publishes the data at stable URLs: /data/dataset.json and its JSON Schema, every release at
 * /data/releases/<id>.json, /data/changes.json, /data/CHANGELOG.md and the feed, /data/feed.xml,
 * which every page names in its head.
 */
function publishDataset(): Plugin {
  let base = '/';
  return {
    name: 'publish-dataset',
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(server.config.base, '');
        const make = path ? publishedDataFiles()[path] : undefined;
        if (!make || !path) return next();
        res.setHeader('Content-Type', TYPES[path.split('.').pop() ?? ''] ?? 'text/plain');
        res.end(make());
      });
    },
    transformIndexHtml: (html) =>
      html.replace(
        '</head>',
        `  <link rel="alternate" type="application/atom+xml" title="Releases of the dataset" href="${base}data/feed.xml" />
  </head>`,
      ),
    generateBundle() {
      for (const [fileName, make] of Object.entries(publishedDataFiles()))
        this.emitFile({ type: 'asset', fileName, source: make() });
    },
  };
}

/**
 * Messages reach the page compiled (scripts/compile-messages.ts), so the built page leaves the
 * message parser out; tests and the dev server keep it.
 */
function compiledMessagesOnly(): Plugin {
  return {
    name: 'compiled-messages-only',
    config: (_, { command }) =>
      command === 'build'
        ? {
            resolve: {
              alias: {
                '@formatjs/icu-messageformat-parser':
                  '@formatjs/icu-messageformat-parser/no-parser.js',
              },
            },
          }
        : undefined,
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    compiledMessagesOnly(),
    publishDataset(),
    contentSecurityPolicy(),
    embedPages(),
  ],
  build: {
    // The chunk graph, for the size budgets and the embeds' preloads.
    manifest: true,
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  server: { watch: { ignored: ['**/e2e/screenshots/**', '**/test-results/**'] } },
});
