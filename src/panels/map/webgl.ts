/** What the browser offers for drawing the map: deck.gl 9 needs WebGL 2. */
export type WebGLSupport = 'webgl2' | 'webgl1-only' | 'none';

/** Asks for a throwaway context before any map code loads, then gives it back at once. */
export function detectWebGL(): WebGLSupport {
  try {
    const canvas = document.createElement('canvas');
    const gl2 = canvas.getContext('webgl2');
    if (gl2) {
      gl2.getExtension('WEBGL_lose_context')?.loseContext();
      return 'webgl2';
    }
    const gl = canvas.getContext('webgl');
    if (gl) {
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      return 'webgl1-only';
    }
    return 'none';
  } catch {
    return 'none';
  }
}

let known: WebGLSupport | undefined;

/** The answer of `detectWebGL`, asked once per page: it does not change while the page is open. */
export function webglSupport(): WebGLSupport {
  known ??= detectWebGL();
  return known;
}
