import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { pinReleaseFromPage, seedFromPage } from './app/seed';
import { restoreCustomFile } from './app/custom-session';
import { briefCharts } from './app/brief-charts';
import { isPanelId } from './lib/panel-ids';
import { applyThemeFromUrl } from './lib/theme';
import { startPageLocale } from './i18n/start';
import './app/app.css';

applyThemeFromUrl(window.location.search);
pinReleaseFromPage();
const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const params = new URLSearchParams(window.location.search);
const present = params.get('present');
const brief = params.has('brief') ? briefCharts(window.location.search) : null;
const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <App queryClient={queryClient} present={isPanelId(present) ? present : null} brief={brief} />
  </StrictMode>
);
// A researcher's file loaded earlier in this tab stays on screen, in Present too.
const restored = !params.has('data') && restoreCustomFile();
// The prerendered HTML shows the published dashboard; a presentation, a linked dataset or a
// researcher's file render something else, so those start afresh (with the dataset the page
// carries) instead of hydrating.
const seeded = seedFromPage(queryClient);
// The prerendered HTML is in one language (<html lang>); a page in another renders afresh in it.
const prerenderedIn = document.documentElement.lang;
void startPageLocale().then((locale) => {
  const hydrate =
    locale === prerenderedIn &&
    seeded &&
    !isPanelId(present) &&
    brief === null &&
    !params.has('data') &&
    !restored;
  if (hydrate) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
});
