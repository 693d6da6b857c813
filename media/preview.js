// The preview webview's only script (loaded with the page's nonce). It swaps in the HTML the
// extension renders, newest version wins, and asks the extension to reveal the source line of
// whatever is clicked. It never builds markup itself: the HTML comes escaped from the core.
(function () {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('cd-root');
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
