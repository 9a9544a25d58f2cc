import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { datasetJsonSchema, publishedDatasetText } from './scripts/dataset-files.ts';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { embedPages } from './scripts/embed-pages.ts';

/** Publishes data/dataset.json and its JSON Schema at stable URLs: /data/dataset.json, /data/dataset.schema.json. */
function publishDataset(): Plugin {
  const files = {
    'data/dataset.json': publishedDatasetText,
    'data/dataset.schema.json': datasetJsonSchema,
  };
  return {
    name: 'publish-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0]?.replace(server.config.base, '');
        const make = path ? files[path as keyof typeof files] : undefined;
        if (!make) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(make());
      });
    },
    generateBundle() {
      for (const [fileName, make] of Object.entries(files))
        this.emitFile({ type: 'asset', fileName, source: make() });
    },
  };
}

export default defineConfig({
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), publishDataset(), contentSecurityPolicy(), embedPages()],
  build: {
    // The chunk graph, for the size budgets and the embeds' preloads.
    manifest: true,
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
    },
  },
  server: { watch: { ignored: ['**/e2e/screenshots/**', '**/test-results/**'] } },
});
