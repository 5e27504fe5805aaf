// Progressive enhancement only: every page works without this file.
import { initAll } from '../lib/nhsuk-frontend/nhsuk-frontend.min.js';

initAll();

// blazor.web.js (enhanced navigation) patches the page from the server's HTML instead of loading a new one, so
// the NHS.UK components on the new content have to be started here, and the body's marks (set by App.razor's
// inline script before first paint) put back if the patch removed them.
function startPatchedPage() {
  document.body.classList.add('js-enabled');
  if ('noModule' in HTMLScriptElement.prototype) {
    document.body.classList.add('nhsuk-frontend-supported');
  }
  initAll();
}

// The buttons of the connection message (Shared/ReconnectMessage.razor).
async function reconnectOrReload(action) {
  if (action === 'retry') {
    try {
      if (await window.Blazor.reconnect()) {
        return;
      }
    } catch {
      // The server could not be reached: reloading is the last resort, as below.
    }
  }
  location.reload();
}

if (window.Blazor) {
  window.Blazor.addEventListener('enhancedload', startPatchedPage);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-reconnect]') : null;
    if (button) {
      reconnectOrReload(button.getAttribute('data-reconnect'));
    }
  });
}
