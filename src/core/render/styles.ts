// The preview's look. Colours come from VS Code's theme variables when the page is in a webview
// (light, dark, high contrast), with fallbacks for the CLI's standalone page. No url(), no
// @import: the page loads nothing.

export const BASE_STYLES = `
:root { color-scheme: light dark; }
body { margin: 0; padding: 16px; background: var(--vscode-editor-background, #ffffff); color: var(--vscode-editor-foreground, #1f2328);
  font-family: var(--vscode-font-family, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif); font-size: 14px; line-height: 1.45; }
.cd-findings { margin: 0 0 16px; padding: 8px 12px; border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 6px; }
.cd-findings ul { margin: 0; padding: 0; list-style: none; }
.cd-finding { margin: 4px 0; padding: 2px 8px; border-left: 3px solid var(--vscode-editorInfo-foreground, #0969da); cursor: pointer; }
.cd-finding-error { border-left-color: var(--vscode-editorError-foreground, #d1242f); }
.cd-finding-warning { border-left-color: var(--vscode-editorWarning-foreground, #9a6700); }
.cd-finding-info { opacity: .85; }
.cd-severity { font-weight: 600; text-transform: capitalize; margin-right: 4px; }
.cd-rule { opacity: .7; font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; margin-left: 4px; }
.cd-empty { font-style: italic; opacity: .8; }
[data-line] { cursor: pointer; }
`;

export const POST_STYLES = `
.cd-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px; align-items: start; }
.cd-card { border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 12px; padding: 12px 14px; background: var(--vscode-editorWidget-background, #ffffff); overflow-wrap: anywhere; }
.cd-card-header { display: flex; align-items: center; gap: 8px; margin-bottom: 8px; }
.cd-avatar { width: 36px; height: 36px; border-radius: 50%; display: inline-flex; align-items: center; justify-content: center; font-weight: 700; color: #fff; background: #57606a; flex: none; }
.cd-account { display: flex; flex-direction: column; line-height: 1.2; min-width: 0; }
.cd-name { font-weight: 700; }
.cd-handle { opacity: .7; font-size: 13px; }
.cd-platform { margin-left: auto; font-size: 12px; font-weight: 600; padding: 2px 8px; border-radius: 10px; background: var(--vscode-badge-background, #eaeef2); color: var(--vscode-badge-foreground, #1f2328); white-space: nowrap; }
.cd-text { white-space: pre-wrap; font-size: 15px; }
.cd-hashtag, .cd-mention, .cd-link { color: var(--vscode-textLink-foreground, #0969da); }
.cd-link { text-decoration: underline; }
.cd-see-more { opacity: .7; font-weight: 600; margin-left: 2px; }
.cd-rest { display: none; }
.cd-card:hover .cd-rest, .cd-card:focus-within .cd-rest { display: inline; }
.cd-card:hover .cd-see-more { display: none; }
.cd-overflow { background: color-mix(in srgb, var(--vscode-editorError-foreground, #d1242f) 25%, transparent); text-decoration: line-through; }
.cd-mark { text-decoration: underline wavy var(--vscode-editorInfo-foreground, #0969da); text-underline-offset: 3px; }
.cd-mark-error { text-decoration-color: var(--vscode-editorError-foreground, #d1242f); }
.cd-mark-warning { text-decoration-color: var(--vscode-editorWarning-foreground, #9a6700); }
.cd-media { margin: 10px 0 0; }
.cd-image { max-width: 100%; border-radius: 8px; display: block; }
.cd-image-placeholder { border: 1px dashed var(--vscode-panel-border, #8c959f); border-radius: 8px; padding: 28px 12px; text-align: center; opacity: .8; font-size: 13px; }
.cd-image-refused { opacity: 1; }
.cd-src { display: block; margin-top: 4px; font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; opacity: .8; overflow-wrap: anywhere; }
.cd-omitted { display: block; margin-top: 6px; font-size: 12px; font-style: italic; opacity: .8; white-space: normal; }
.cd-notes { margin: 16px 0 0; padding: 8px 12px; border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 6px; }
.cd-notes summary { cursor: pointer; font-weight: 600; }
.cd-notes ul { margin: 8px 0 0; padding: 0; list-style: none; }
.cd-times { font-variant-numeric: tabular-nums; opacity: .8; margin-left: 2px; }
.cd-more { margin: 4px 0; padding: 2px 8px; font-style: italic; opacity: .8; }
.cd-alt { font-size: 12px; opacity: .8; margin-top: 4px; }
.cd-alt-missing { color: var(--vscode-editorError-foreground, #d1242f); opacity: 1; }
.cd-counter { margin-top: 10px; font-size: 12px; opacity: .85; font-variant-numeric: tabular-nums; }
.cd-counter.cd-over, .cd-over { color: var(--vscode-editorError-foreground, #d1242f); opacity: 1; font-weight: 600; }
.cd-card-over { border-color: var(--vscode-editorError-foreground, #d1242f); }
.cd-thread { border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 12px; background: var(--vscode-editorWidget-background, #ffffff); padding: 2px 0; }
.cd-thread > .cd-part { border: 0; border-radius: 0; background: transparent; position: relative; }
.cd-thread > .cd-part:not(:last-child)::before { content: ""; position: absolute; left: 31px; top: 52px; bottom: -8px; width: 2px; border-radius: 1px; background: var(--vscode-panel-border, #cfd9de); }
.cd-thread > .cd-part .cd-text, .cd-thread > .cd-part .cd-media, .cd-thread > .cd-part .cd-counter { margin-left: 44px; }
.cd-thread > .cd-part .cd-card-header { margin-bottom: 2px; }
.cd-thread > .cd-part.cd-card-over { background: color-mix(in srgb, var(--vscode-editorError-foreground, #d1242f) 6%, transparent); }
.cd-part-number { font-weight: 700; }
.cd-thread-rest { margin: 0 14px 12px 58px; }
.cd-x .cd-avatar, .cd-threads .cd-avatar { background: #0f1419; }
.cd-x .cd-platform, .cd-threads .cd-platform { background: #0f1419; color: #fff; }
.cd-linkedin .cd-avatar, .cd-linkedin .cd-platform { background: #0a66c2; color: #fff; }
.cd-linkedin .cd-avatar { border-radius: 4px; }
.cd-instagram .cd-avatar { background: radial-gradient(circle at 30% 110%, #feda75 0%, #fa7e1e 30%, #d62976 60%, #962fbf 80%, #4f5bd5 100%); }
.cd-instagram .cd-platform { background: #d62976; color: #fff; }
.cd-facebook .cd-avatar, .cd-facebook .cd-platform { background: #1877f2; color: #fff; }
.cd-mastodon .cd-avatar, .cd-mastodon .cd-platform { background: #6364ff; color: #fff; }
.cd-mastodon .cd-avatar { border-radius: 8px; }
.cd-bluesky .cd-avatar, .cd-bluesky .cd-platform { background: #1185fe; color: #fff; }
.cd-tiktok .cd-avatar { background: #000; box-shadow: 2px 0 0 #fe2c55, -2px 0 0 #25f4ee; }
.cd-tiktok .cd-platform { background: #000; color: #fff; }
@media (max-width: 420px) { body { padding: 8px; } .cd-cards { grid-template-columns: 1fr; } }
`;

export const JD_STYLES = `
.cd-jd {
  max-width: 760px;
  margin: 0 auto;
  padding: 24px 20px 48px;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 16px;
  line-height: 1.6;
  color: var(--vscode-editor-foreground, #1f2328);
  background: var(--vscode-editor-background, #ffffff);
  overflow-wrap: anywhere;
}
.cd-jd h1, .cd-jd h2, .cd-jd h3 { line-height: 1.25; margin: 0; }
.cd-jd h1 { font-size: 2em; font-weight: 700; }
.cd-jd h2 {
  font-size: 1.3em;
  font-weight: 600;
  margin: 0 0 12px;
  padding-bottom: 6px;
  border-bottom: 1px solid var(--vscode-panel-border, #d0d7de);
}
.cd-jd h3 { font-size: 1.05em; font-weight: 600; margin: 16px 0 6px; }
.cd-jd p { margin: 0 0 12px; }
.cd-jd code {
  font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  font-size: 0.9em;
  padding: 0 4px;
  border-radius: 4px;
  background: var(--vscode-textCodeBlock-background, rgba(175, 184, 193, 0.2));
}
.cd-jd .cd-header { margin-bottom: 28px; }
.cd-jd .cd-title { margin-bottom: 8px; }
.cd-jd .cd-meta { margin: 8px 0 4px; color: var(--vscode-descriptionForeground, #59636e); }
.cd-jd .cd-salary { font-size: 1.1em; font-weight: 600; margin: 4px 0 12px; }
.cd-jd .cd-section { margin: 0 0 28px; }
.cd-jd .cd-summary { font-size: 1.08em; }
.cd-jd .cd-list { margin: 0 0 12px; padding-left: 1.4em; }
.cd-jd .cd-list li { margin: 4px 0; }
.cd-jd .cd-fields { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 6px 20px; }
.cd-jd .cd-fields dt { font-weight: 600; }
.cd-jd .cd-fields dd { margin: 0; }
.cd-jd .cd-fields dd .cd-list { margin: 0; }
.cd-jd .cd-kpis { width: 100%; border-collapse: collapse; margin: 0 0 12px; }
.cd-jd .cd-kpis th, .cd-jd .cd-kpis td {
  text-align: left;
  vertical-align: top;
  padding: 8px 10px;
  border: 1px solid var(--vscode-panel-border, #d0d7de);
}
.cd-jd .cd-kpis th { font-weight: 600; background: var(--vscode-editorWidget-background, #f6f8fa); }
.cd-jd .cd-kpi-platforms { color: var(--vscode-descriptionForeground, #59636e); font-size: 0.92em; }
.cd-jd .cd-link { color: var(--vscode-textLink-foreground, #0969da); text-decoration: underline dotted; }
.cd-jd .cd-placeholder {
  display: block;
  margin: 0 0 12px;
  padding: 12px 14px;
  border: 2px dashed var(--vscode-editorWarning-foreground, #9a6700);
  border-radius: 6px;
  color: var(--vscode-editorWarning-foreground, #9a6700);
  font-style: italic;
}
.cd-jd .cd-meta .cd-placeholder, .cd-jd .cd-salary .cd-placeholder { display: inline-block; padding: 2px 8px; margin: 2px 0; font-weight: normal; font-size: 0.9rem; }
.cd-jd .cd-title.cd-missing {
  color: var(--vscode-descriptionForeground, #59636e);
  font-style: italic;
  border: 2px dashed var(--vscode-editorWarning-foreground, #9a6700);
  border-radius: 6px;
  padding: 4px 10px;
}
.cd-jd .cd-findings { margin: 0 0 24px; padding: 12px 14px; border: 1px solid var(--vscode-panel-border, #d0d7de); border-radius: 6px; }
.cd-jd .cd-findings ul { margin: 8px 0 0; padding: 0; list-style: none; }
.cd-jd .cd-findings-title { font-weight: 600; cursor: pointer; }
.cd-jd .cd-finding {
  margin: 6px 0 10px;
  padding: 6px 10px;
  border-left: 4px solid var(--vscode-editorInfo-foreground, #0969da);
  font-size: 0.92em;
  font-style: normal;
  line-height: 1.45;
  background: var(--vscode-editorWidget-background, #f6f8fa);
  cursor: pointer;
}
.cd-jd .cd-severity { font-weight: 700; margin-right: 4px; }
.cd-jd .cd-rule {
  color: var(--vscode-descriptionForeground, #59636e);
  font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
  font-size: 0.9em;
  margin-left: 4px;
  white-space: nowrap;
}
.cd-jd .cd-finding-error { border-left-color: var(--vscode-editorError-foreground, #d1242f); }
.cd-jd .cd-finding-error .cd-severity { color: var(--vscode-editorError-foreground, #d1242f); }
.cd-jd .cd-finding-warning { border-left-color: var(--vscode-editorWarning-foreground, #9a6700); }
.cd-jd .cd-finding-warning .cd-severity { color: var(--vscode-editorWarning-foreground, #9a6700); }
.cd-jd .cd-finding-info { border-left-color: var(--vscode-editorInfo-foreground, #0969da); opacity: 0.8; background: transparent; }
.cd-jd .cd-finding-info .cd-severity { color: var(--vscode-editorInfo-foreground, #0969da); font-weight: 600; }
.cd-jd.cd-unreadable h1 { font-size: 1.5em; margin-bottom: 12px; }
`;
