/*
 * Sizes this dashboard's embedded panels to their content. Load it with
 * <script src="https://<dashboard host>/embed-host.js" async></script> beside the iframes.
 * It accepts only the resize message, only from the dashboard's own origin, and only for an
 * iframe on this page that the message really came from. No dependencies; no inline script.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src, window.location.href).origin;
  var TYPE = 'nk-russia-arms:resize';

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > 20000) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        frames[i].setAttribute('height', String(Math.ceil(height)));
        return;
      }
    }
  });
})();
