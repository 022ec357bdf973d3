// Offline reading: registers sw.js (src/integrations/service-worker.ts) at the site root, which
// is where the favicon is whatever the base. Served pages only; never from file://.
(function () {
  var icon = document.querySelector('link[rel=icon]');
  if (!icon || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  addEventListener('load', function () {
    navigator.serviceWorker.register(new URL('sw.js', icon.href).href).catch(function () {});
  });
})();
