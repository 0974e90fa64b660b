// Draws the chart of the first screen before the app is up (issue #10: first chart).
//
// index.html's first screen (src/first_paint.rs) carries, for /strategy, the tier map's
// container and the option JSON the app's own chart builder wrote from data/. The loader
// (scripts/trunk-post-build.mjs) marks the container of the view on screen with
// `data-first-chart-draw` and runs this file right after ECharts; the wasm is fetched only
// then. The app's ChartView adopts this ECharts instance when its view mounts
// (src/components/first_chart.rs) and sets its own option, tooltips included.
//
// A same-origin file, not an inline script, so `script-src 'self'` holds. Nothing here parses
// text as HTML: the option is JSON, and ECharts draws it on a canvas.
(function () {
  var container = document.querySelector('[data-first-chart-draw]');
  if (!container || !window.echarts) return;
  var source = document.getElementById(container.getAttribute('data-option') || '');
  if (!source) return;
  try {
    var option = JSON.parse(source.textContent);
    // Tooltips come with the app, which draws them on the canvas (its CSP forbids ECharts'
    // HTML tooltips); the card shows through, as in the app.
    option.tooltip = { show: false };
    (option.series || []).forEach(function (series) { delete series.tooltip; });
    option.backgroundColor = 'transparent';
    // As the app: no animation for a reader who asked for less motion (assets/theme.js).
    if (document.documentElement.hasAttribute('data-reduced-motion')) option.animation = false;
    var dark = document.documentElement.getAttribute('data-theme') === 'dark';
    var chart = window.echarts.init(container, dark ? 'dark' : undefined);
    chart.setOption(option);
    container.setAttribute('data-first-chart-drawn', '');
    performance.mark('bluebook:first-chart-drawn');
  } catch (error) {
    // The app draws the chart all the same once it is up.
    console.error('first chart:', error);
  }
})();
