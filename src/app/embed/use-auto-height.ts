import { useEffect } from 'react';
import { resizeMessage } from '../../lib/embed-messages';

/**
 * Tells the parent page the embed's height whenever it changes, so the iframe can fit its
 * content without scrollbars. The message carries nothing but the panel id and a number.
 */
export function useAutoHeight(panel: string) {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = document.documentElement.getBoundingClientRect().height;
      if (Math.abs(height - last) < 1) return;
      last = height;
      window.parent.postMessage(resizeMessage(panel, height), '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.documentElement);
    post();
    return () => observer.disconnect();
  }, [panel]);
}
