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
  if (movedByPerson) {
    movedByPerson = false;
    focusNewPage();
  }
}

// A patched page is not announced as a new page the way a loaded one is. When the person went to another page (a
// link, Back or Forward), focus moves to its heading, so a screen reader reads where they are and the next Tab starts
// at the top of the content. A list refreshed by its live filters keeps focus where the person is typing.
let movedByPerson = false;

function focusNewPage() {
  const target = document.querySelector('main h1') ?? document.querySelector('main');
  if (!target) {
    return;
  }
  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
  }
  target.focus({ preventScroll: false });
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
    if (event.target instanceof Element && event.target.closest('a[href]')) {
      movedByPerson = true;
    }
  });
  window.addEventListener('popstate', () => {
    movedByPerson = true;
  });
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-reconnect]') : null;
    if (button) {
      reconnectOrReload(button.getAttribute('data-reconnect'));
    }
  });
}
