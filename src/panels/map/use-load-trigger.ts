import { useEffect, useState, type RefObject } from 'react';

/**
 * When the map should load: `near` once the panel comes within `rootMargin` of the viewport,
 * `idle` once the browser has a quiet moment after the charts. Without IntersectionObserver
 * (old browsers, jsdom) the panel counts as near at once.
 */
export function useLoadTrigger(ref: RefObject<Element | null>, rootMargin = '600px') {
  // On the server that prerenders the page the map is never near: its HTML must match the
  // browser's first render, where the observer has not reported yet.
  const [near, setNear] = useState(
    () => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined',
  );
  const [idle, setIdle] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near, rootMargin]);

  useEffect(() => {
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout: 4000 });
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(() => setIdle(true), 1500);
    return () => clearTimeout(handle);
  }, []);

  return { near, idle };
}
