import { useSyncExternalStore } from 'react';
import { PALETTES, type MapPalette } from './map-theme';

const QUERY = '(prefers-color-scheme: dark)';
const media = () => (typeof matchMedia === 'function' ? matchMedia(QUERY) : null);

/** Dark when the page says so (data-theme, set by embeds), else when the system prefers it. */
function isDark(): boolean {
  const theme = document.documentElement.getAttribute('data-theme');
  if (theme === 'dark' || theme === 'light') return theme === 'dark';
  return media()?.matches ?? false;
}

function subscribe(onChange: () => void) {
  const list = media();
  list?.addEventListener('change', onChange);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    list?.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

/** The map's palette for the colour scheme the page is in, following it when it changes. */
export function useMapPalette(): MapPalette {
  const dark = useSyncExternalStore(subscribe, isDark, () => false);
  return PALETTES[dark ? 'dark' : 'light'];
}
