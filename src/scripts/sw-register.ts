// Offline reading: registers sw.js (src/integrations/service-worker.ts) at the site root, which
// is where the favicon is whatever the base. Served pages only; never from file://.
//
// Updates: a new build's worker installs and then waits, so this page keeps reading (and
// searching) the build it was loaded from. When one is waiting, a notice offers to reload; the
// reader's click tells it to take over, and the page reloads once when it has. Nothing is offered
// on the first visit (no worker controlled the page yet). A page whose worker was replaced from
// another tab is now older than its worker, so it offers the reload too.
import { tr } from './strings.ts';

const icon = document.querySelector<HTMLLinkElement>('link[rel=icon]');
if (icon && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  const sw = navigator.serviceWorker;
  const hadController = sw.controller !== null;
  let reloading = false;
  let notice: HTMLElement | null = null;

  const offer = (waiting: ServiceWorker | null) => {
    if (notice) return;
    // A status region (polite, not focus-taking), filled after it is in the page so it is announced.
    notice = document.createElement('div');
    notice.className = 'update-notice';
    notice.setAttribute('role', 'status');
    document.body.append(notice);
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = tr('update.reload');
    button.addEventListener('click', () => {
      button.disabled = true;
      reloading = true;
      // Still waiting: let it take over (controllerchange reloads). Already in control: reload.
      if (waiting && waiting.state === 'installed') waiting.postMessage({ type: 'SKIP_WAITING' });
      else location.reload();
    });
    const shown = notice;
    setTimeout(() => shown.append(`${tr('update.available')} `, button), 50);
  };

  sw.addEventListener('controllerchange', () => {
    if (reloading) {
      reloading = false; // once
      location.reload();
    } else if (hadController) offer(null);
  });
  addEventListener('load', () => {
    sw.register(new URL('sw.js', icon.href).href)
      .then((reg) => {
        // A new worker may be waiting already, installing now, or found later (the browser checks
        // for one on every navigation).
        const track = (worker: ServiceWorker | null) =>
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed' && sw.controller) offer(worker);
          });
        if (reg.waiting && sw.controller) offer(reg.waiting);
        track(reg.installing);
        reg.addEventListener('updatefound', () => track(reg.installing));
      })
      .catch(() => undefined);
  });
}
