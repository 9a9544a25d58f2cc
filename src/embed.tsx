import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './app/embed/embed-app';
import { applyThemeFromUrl } from './app/embed/theme';
import './app/app.css';

applyThemeFromUrl(window.location.search);
const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EmbedApp />
  </StrictMode>,
);
