// Offline reading: registers the service worker (sw.js at the site root, written by
// src/integrations/service-worker.ts). The root is where the favicon is, whatever the base.
// Served pages only: from file:// there is nothing to register.
(function () {
  var icon = document.querySelector('link[rel=icon]');
  if (!icon || !('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  addEventListener('load', function () {
    navigator.serviceWorker.register(new URL('sw.js', icon.href).href).catch(function () {});
  });
})();
