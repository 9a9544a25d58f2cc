import { type MessageId } from '../../i18n/messages';
import { t } from './map-messages';
import type { WebGLSupport } from './webgl';

/**
 * Where the map is: waiting (the frame only), loading (deck's chunk and first frame on their
 * way), drawn (usable), or unable to draw, for want of WebGL or after a failure.
 */
export type MapPhase = 'waiting' | 'loading' | 'drawn' | 'no-webgl' | 'failed';

export function mapPhase(state: {
  webgl: WebGLSupport | null;
  failure: string | null;
  drawn: boolean;
  near: boolean;
}): MapPhase {
  const { webgl, failure, drawn, near } = state;
  if (webgl !== null && webgl !== 'webgl2') return 'no-webgl';
  if (failure !== null) return 'failed';
  if (drawn) return 'drawn';
  return near && webgl === 'webgl2' ? 'loading' : 'waiting';
}

const NO_WEBGL: Record<WebGLSupport, MessageId | null> = {
  webgl2: null,
  'webgl1-only': 'map.webgl1Only',
  none: 'map.noWebgl',
};

/** Why there is no map, in the panel's words: the failure, or what WebGL lacks. */
export function unavailableReason(webgl: WebGLSupport | null, failure: string | null): string {
  if (failure !== null) return failure;
  const id = NO_WEBGL[webgl ?? 'none'];
  return id === null ? '' : t(id);
}
