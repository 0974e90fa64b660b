// Runs in <head>, before the body is parsed and before the wasm loads, so the page's first
// frame already has its theme, language and embed layout: a dark portal never sees a white
// flash. A same-origin file, not an inline script, so `script-src 'self'` holds.
//
//   ?theme=light|dark|auto   auto (the default) follows prefers-color-scheme, live
//   ?embed=1                 portal frame: no header, navigation or footer
//   ?lang=en                 <html lang="en">, else zh-CN
//   the path                 <html data-view>: which view's static first screen index.html
//                            shows until the app is up (src/first_paint.rs; `/` → overview)
//
// The app reads the resolved theme from <html data-theme> (charts pick their ECharts theme),
// and <html data-reduced-motion> (prefers-reduced-motion: reduce, live): charts then draw
// without animation.
(function () {
  var params = new URLSearchParams(location.search);
  var root = document.documentElement;
  var setting = params.get('theme');
  if (setting !== 'light' && setting !== 'dark') setting = 'auto';
  var query = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  function apply() {
    var dark = setting === 'dark' || (setting === 'auto' && query !== null && query.matches);
    root.setAttribute('data-theme', dark ? 'dark' : 'light');
  }
  apply();
  if (setting === 'auto' && query !== null && query.addEventListener) query.addEventListener('change', apply);
  var motion = window.matchMedia ? window.matchMedia('(prefers-reduced-motion: reduce)') : null;
  function applyMotion() {
    root.toggleAttribute('data-reduced-motion', motion !== null && motion.matches);
  }
  applyMotion();
  if (motion !== null && motion.addEventListener) motion.addEventListener('change', applyMotion);
  if (params.get('embed') === '1') root.setAttribute('data-embed', '');
  root.setAttribute('lang', params.get('lang') === 'en' ? 'en' : 'zh-CN');
  var segments = location.pathname.replace(/\/+$/, '').split('/');
  if (segments.length <= 2) root.setAttribute('data-view', segments[1] || 'overview');
})();
