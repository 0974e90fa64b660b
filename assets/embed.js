/*! Blue-book dashboard: host helper for portals. Plain JS, no dependencies.
 *
 *   <iframe data-bluebook src="https://dashboard.example/cases?embed=1&lang=en"
 *           title="…" loading="lazy" style="width:100%;border:0"></iframe>
 *   <script src="https://dashboard.example/embed.js" defer></script>
 *
 * The dashboard, framed with `embed=1`, posts {type: "bluebook:height", height, path} to
 * its parent whenever its height changes (only to origins listed in its embed.json). This
 * script sets each marked iframe's height from those messages. It accepts a message only
 * when it comes from the dashboard's origin (the origin this script was served from) AND
 * from the very window of a `data-bluebook` iframe showing that origin, so neither the host
 * page nor any other frame can resize an iframe.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var dashboardOrigin = script && script.src ? new URL(script.src, location.href).origin : null;
  if (!dashboardOrigin) return;

  function frameOf(source) {
    var frames = document.querySelectorAll('iframe[data-bluebook]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function frameOrigin(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (error) {
      return null;
    }
  }

  // The snippet carries no inline style (portals may forbid it): the frame's look is set here.
  var marked = document.querySelectorAll('iframe[data-bluebook]');
  for (var i = 0; i < marked.length; i++) {
    marked[i].style.border = '0';
    marked[i].style.display = 'block';
    marked[i].style.width = '100%';
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== dashboardOrigin) return;
    var data = event.data;
    if (!data || data.type !== 'bluebook:height') return;
    var frame = frameOf(event.source);
    if (!frame || frameOrigin(frame) !== dashboardOrigin) return;
    var height = Number(data.height);
    if (!isFinite(height)) return;
    height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
    frame.style.height = height + 'px';
    frame.setAttribute('data-bluebook-height', String(height));
  });
})();
