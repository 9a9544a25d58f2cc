import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { EmbedApp } from './app/embed/embed-app';
import { embeddedPanelId } from './app/embed/embedded-panel-id';
import { applyThemeFromUrl } from './lib/theme';
import { applyChromeFromUrl } from './lib/chrome';
import { createQueryClient } from './app/query-client';
import { pinReleaseFromPage, seedFromPage } from './app/seed';
import { restoreCustomFile } from './app/custom-session';
import { startPageLocale } from './i18n/start';
import './app/app.css';

applyThemeFromUrl(window.location.search);
applyChromeFromUrl(window.location.search);
pinReleaseFromPage();
const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root element');
const queryClient = createQueryClient();
const app = (
  <StrictMode>
    <EmbedApp queryClient={queryClient} panel={embeddedPanelId()} />
  </StrictMode>
);
const linked = new URLSearchParams(window.location.search).has('data');
// In an article, an embed shows the published figures; opened in the tab that loaded a file, that file.
const restored = !linked && window.top === window && restoreCustomFile();
const seeded = seedFromPage(queryClient);
// The prerendered HTML is in one language (<html lang>); a page in another renders afresh in it.
const prerenderedIn = document.documentElement.lang;
void startPageLocale().then((locale) => {
  if (locale === prerenderedIn && seeded && !linked && !restored) hydrateRoot(root, app);
  else {
    root.replaceChildren();
    createRoot(root).render(app);
  }
});
