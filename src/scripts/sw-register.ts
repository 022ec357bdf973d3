// Offline reading: registers sw.js (src/integrations/service-worker.ts) at the site root, which
// is where the favicon is whatever the base. Served pages only; never from file://.
const icon = document.querySelector<HTMLLinkElement>('link[rel=icon]');
if (icon && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('sw.js', icon.href).href).catch(() => undefined);
  });
}

export {}; // a module: its names stay its own when type-checked with the other scripts
