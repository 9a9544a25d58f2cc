/**
 * The one message an embedded panel sends its parent page:
 * `{ type: "nk-russia-arms:resize", panel: "<panel-id>", height: <CSS pixels> }`.
 * public/embed-host.js listens for it; the README documents it for other hosts.
 */
export const RESIZE_MESSAGE_TYPE = 'nk-russia-arms:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  panel: string;
  height: number;
}

export function resizeMessage(panel: string, height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, panel, height: Math.ceil(height) };
}

/** Accepts only a well-formed resize message with a sane height. */
export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, panel, height } = data as Record<string, unknown>;
  return (
    type === RESIZE_MESSAGE_TYPE &&
    typeof panel === 'string' &&
    /^[a-z]+$/.test(panel) &&
    typeof height === 'number' &&
    Number.isFinite(height) &&
    height > 0 &&
    height < 20_000
  );
}
