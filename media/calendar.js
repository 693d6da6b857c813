// @ts-check
// The editorial calendar webview's only script (loaded with the page's nonce). It swaps in the
// HTML the extension renders when posts change, keeps the chosen view and campaign (radio buttons
// in the page) across those updates and across reloads, and asks the extension to open a post at
// its copy when one is clicked or chosen with Enter. It never builds markup itself: the HTML
// comes escaped from the core.
(function () {
  /** @type {{ postMessage(message: unknown): void; setState(state: unknown): void; getState(): any }} */
  const vscode = /** @type {any} */ (globalThis).acquireVsCodeApi();
  const found = document.getElementById('cd-root');
  if (!found) return;
  const root = found;

  /** The ids of the checked view and campaign buttons. */
  function choices() {
    return Array.from(root.querySelectorAll('input.cd-cal-toggle:checked'), (input) => input.id);
  }

  /** @param {string[] | undefined} ids */
  function restore(ids) {
    for (const id of ids || []) {
      const input = document.getElementById(id);
      if (input instanceof HTMLInputElement && root.contains(input)) input.checked = true;
    }
  }

  restore((vscode.getState() || {}).choices);
  root.addEventListener('change', () => vscode.setState({ choices: choices() }));

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    const kept = choices();
    const scroll = document.scrollingElement ? document.scrollingElement.scrollTop : 0;
    root.innerHTML = message.html;
    restore(kept);
    if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
  });

  /** @param {EventTarget | null} target */
  function open(target) {
    const post = target instanceof Element ? target.closest('[data-path]') : null;
    if (!post) return false;
    vscode.postMessage({ type: 'open', path: post.getAttribute('data-path'), line: Number(post.getAttribute('data-line') || '1') });
    return true;
  }

  root.addEventListener('click', (event) => {
    if (open(event.target)) event.preventDefault();
  });
  root.addEventListener('keydown', (event) => {
    if ((event.key === 'Enter' || event.key === ' ') && open(event.target)) event.preventDefault();
  });

  vscode.postMessage({ type: 'ready' });
})();
