// @ts-check
// The preview webview's only script (loaded with the page's nonce). It swaps in the HTML the
// extension renders, newest version wins, shows a finding's message when a mark is hovered, and
// asks the extension to reveal the source line of whatever is clicked. It never builds markup
// itself: the HTML comes escaped from the core.
(function () {
  /** @type {{ postMessage(message: unknown): void; setState(state: unknown): void }} */
  const vscode = /** @type {any} */ (globalThis).acquireVsCodeApi();
  const found = document.getElementById('cd-root');
  if (!found) return;
  const root = found;
  let version = Number(root.getAttribute('data-version') || '0');
  const state = { uri: root.getAttribute('data-uri'), locked: root.getAttribute('data-locked') === 'true' };
  vscode.setState(state);

  window.addEventListener('message', (event) => {
    const message = event.data;
    if (!message || message.type !== 'update' || typeof message.html !== 'string') return;
    // A late render of an older version must never replace a newer one.
    if (message.uri === state.uri && message.version < version) return;
    version = message.version;
    state.uri = message.uri;
    state.locked = message.locked === true;
    root.setAttribute('data-version', String(version));
    root.innerHTML = message.html;
    vscode.setState(state);
    vscode.postMessage({ type: 'rendered', uri: state.uri, version });
  });

  /**
   * The list item of a mark's note: marks carry a number, each message is written once in the
   * page (the list under the cards).
   * @param {Element} mark
   * @returns {Element | null}
   */
  function noteOf(mark) {
    const id = Number(mark.getAttribute('data-note'));
    return Number.isInteger(id) && id >= 0 ? root.querySelector(`li.cd-finding[data-note="${id}"]`) : null;
  }

  // Hovering a mark shows the messages of every mark around the text (outermost first), as the
  // browser's own tooltip: the title is set once, the first time the mark is hovered.
  document.addEventListener('mouseover', (event) => {
    const mark = event.target instanceof Element ? event.target.closest('.cd-mark') : null;
    if (!mark || mark.hasAttribute('title')) return;
    /** @type {string[]} */
    const messages = [];
    const seen = new Set();
    for (let m = /** @type {Element | null} */ (mark); m; m = m.parentElement ? m.parentElement.closest('.cd-mark') : null) {
      const note = noteOf(m);
      if (!note || seen.has(note)) continue;
      seen.add(note);
      const text = note.querySelector('.cd-message')?.textContent ?? '';
      const rule = note.querySelector('.cd-rule')?.textContent ?? '';
      messages.unshift(rule ? `${text} (${rule})` : text);
    }
    mark.setAttribute('title', messages.join('\n'));
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (!target) return;
    const line = Number(target.getAttribute('data-line'));
    if (Number.isInteger(line) && line >= 0) vscode.postMessage({ type: 'reveal', uri: state.uri, line });
  });

  // An image that does not load (a missing file) becomes the same placeholder the core draws.
  document.addEventListener(
    'error',
    (event) => {
      const img = event.target;
      if (!(img instanceof HTMLImageElement) || !img.classList.contains('cd-image')) return;
      const placeholder = document.createElement('div');
      placeholder.className = 'cd-image-placeholder';
      placeholder.textContent = 'Image not found: ' + (img.getAttribute('data-src') || '');
      img.replaceWith(placeholder);
    },
    true,
  );

  vscode.postMessage({ type: 'ready', uri: state.uri, version });
})();
