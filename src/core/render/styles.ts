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

// The editorial calendar (render/calendar.ts). Platform colours carry white text at 5:1 or more;
// the platform's name is always there in text too. The view switch and the campaign filter are
// radio buttons (visually hidden, still focusable) read by these selectors: no script.
export const CALENDAR_STYLES = `
.cd-cal { --cd-cal-fg: var(--vscode-editor-foreground, #1f2328); --cd-cal-bg: var(--vscode-editor-background, #ffffff);
  --cd-cal-muted: var(--vscode-descriptionForeground, #59636e); --cd-cal-border: var(--vscode-panel-border, #d0d7de);
  --cd-cal-cell: var(--vscode-editorWidget-background, #ffffff); --cd-cal-other: var(--vscode-sideBar-background, #f6f8fa);
  --cd-cal-weekend: var(--vscode-editor-inactiveSelectionBackground, #f6f8fa); --cd-cal-item: var(--vscode-editor-background, #ffffff);
  --cd-cal-accent: var(--vscode-button-background, #0969da); --cd-cal-accent-fg: var(--vscode-button-foreground, #ffffff);
  --cd-cal-focus: var(--vscode-focusBorder, #0969da);
  --cd-cal-problem: var(--vscode-editorError-foreground, #d1242f);
  color: var(--cd-cal-fg); max-width: 1400px; margin: 0 auto; }
.cd-cal:not([data-interactive]) [data-line] { cursor: default; }
.cd-cal-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
.cd-cal-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.cd-cal-header { margin: 0 0 16px; }
.cd-cal-header h1 { font-size: 22px; margin: 0 0 2px; font-weight: 650; }
.cd-cal-summary { margin: 0 0 12px; color: var(--cd-cal-muted); }
.cd-cal-bar { display: flex; flex-wrap: wrap; gap: 10px 20px; align-items: center; margin: 0 0 10px; }
.cd-cal-switch, .cd-cal-filter { display: flex; flex-wrap: wrap; gap: 6px; }
.cd-cal-bar label { display: inline-flex; align-items: center; gap: 6px; padding: 3px 12px; border: 1px solid var(--cd-cal-border); border-radius: 999px; cursor: pointer; user-select: none; font-size: 13px; background: var(--cd-cal-cell); }
.cd-cal-bar label:hover { border-color: var(--cd-cal-accent); }
.cd-cal-switch label { border-radius: 6px; font-weight: 600; }
.cd-cal-n { font-size: 11px; font-variant-numeric: tabular-nums; opacity: .8; }
#cd-cal-view-month:checked ~ .cd-cal-header label[for="cd-cal-view-month"], #cd-cal-view-week:checked ~ .cd-cal-header label[for="cd-cal-view-week"],
#cd-cal-view-list:checked ~ .cd-cal-header label[for="cd-cal-view-list"], #cd-cal-campaign-all:checked ~ .cd-cal-header label[for="cd-cal-campaign-all"] {
  background: var(--cd-cal-accent); color: var(--cd-cal-accent-fg); border-color: var(--cd-cal-accent); }
#cd-cal-view-month:focus-visible ~ .cd-cal-header label[for="cd-cal-view-month"], #cd-cal-view-week:focus-visible ~ .cd-cal-header label[for="cd-cal-view-week"],
#cd-cal-view-list:focus-visible ~ .cd-cal-header label[for="cd-cal-view-list"], #cd-cal-campaign-all:focus-visible ~ .cd-cal-header label[for="cd-cal-campaign-all"] {
  outline: 2px solid var(--cd-cal-focus); outline-offset: 1px; }
.cd-cal-view { display: none; }
#cd-cal-view-month:checked ~ .cd-cal-views [data-view="month"], #cd-cal-view-week:checked ~ .cd-cal-views [data-view="week"],
#cd-cal-view-list:checked ~ .cd-cal-views [data-view="list"] { display: block; }
.cd-cal-legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 12px; color: var(--cd-cal-muted); }
.cd-cal-legend li { display: inline-flex; align-items: center; gap: 4px; }
.cd-cal-legend-status:first-of-type, .cd-cal-legend .cd-cal-s-draft { margin-left: 10px; }
.cd-cal-month, .cd-cal-week { margin: 0 0 28px; }
.cd-cal-month h2, .cd-cal-week h2 { font-size: 17px; margin: 0 0 8px; font-weight: 650; }
.cd-cal-count { font-size: 12px; font-weight: 400; color: var(--cd-cal-muted); margin-left: 6px; }
.cd-cal-grid { width: 100%; table-layout: fixed; border-collapse: collapse; }
.cd-cal-grid th { font-size: 12px; font-weight: 600; text-align: left; padding: 4px 6px; color: var(--cd-cal-muted); text-transform: uppercase; letter-spacing: .04em; }
.cd-cal-day { vertical-align: top; height: 104px; padding: 4px; border: 1px solid var(--cd-cal-border); background: var(--cd-cal-cell); }
.cd-cal-day.cd-cal-weekend { background: var(--cd-cal-weekend); }
.cd-cal-day.cd-cal-other { background: var(--cd-cal-other); }
.cd-cal-date { display: inline-block; min-width: 22px; font-size: 12px; font-weight: 600; color: var(--cd-cal-muted); font-variant-numeric: tabular-nums; padding: 1px 4px; border-radius: 999px; }
.cd-cal-today .cd-cal-date, .cd-cal-today h3 .cd-cal-wd { background: var(--cd-cal-accent); color: var(--cd-cal-accent-fg); }
.cd-cal-items { list-style: none; margin: 2px 0 0; padding: 0; display: flex; flex-direction: column; gap: 4px; }
.cd-cal-item { position: relative; font-size: 12px; line-height: 1.3; padding: 3px 5px 3px 8px; border: 1px solid var(--cd-cal-border); border-left: 4px solid var(--cd-cal-stripe, #57606a); border-radius: 4px; background: var(--cd-cal-item); overflow-wrap: anywhere; }
.cd-cal-item:focus-visible { outline: 2px solid var(--cd-cal-focus); outline-offset: 1px; }
.cd-cal-line { display: flex; gap: 4px; align-items: baseline; min-width: 0; }
.cd-cal-time { font-weight: 700; font-variant-numeric: tabular-nums; flex: none; }
.cd-cal-status { flex: none; white-space: nowrap; }
.cd-cal-mark { display: inline-block; width: 1.1em; text-align: center; font-weight: 700; }
.cd-cal-grid .cd-cal-title { min-width: 0; overflow: hidden; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; }
.cd-cal-untitled { font-style: italic; color: var(--cd-cal-muted); }
.cd-cal-badges { display: flex; flex-wrap: wrap; gap: 3px; margin-top: 3px; }
.cd-cal-badge { display: inline-block; font-size: 10px; font-weight: 700; line-height: 1; padding: 3px 5px; border-radius: 3px; color: #ffffff; background: var(--cd-cal-stripe, #57606a); letter-spacing: .02em; }
.cd-cal-list .cd-cal-badge, .cd-cal-weekgrid .cd-cal-badge { font-size: 11px; padding: 3px 6px; }
.cd-cal-p-x { --cd-cal-stripe: #0f1419; }
.cd-cal-p-threads { --cd-cal-stripe: #5c5f66; }
.cd-cal-p-linkedin { --cd-cal-stripe: #0a66c2; }
.cd-cal-p-facebook { --cd-cal-stripe: #3b5998; }
.cd-cal-p-bluesky { --cd-cal-stripe: #00739e; }
.cd-cal-p-instagram { --cd-cal-stripe: #c13584; }
.cd-cal-p-mastodon { --cd-cal-stripe: #563acc; }
.cd-cal-p-tiktok { --cd-cal-stripe: #c9184a; }
.cd-cal-p-none { --cd-cal-stripe: #57606a; }
.vscode-dark .cd-cal-badge, .vscode-high-contrast .cd-cal-badge { box-shadow: inset 0 0 0 1px rgba(255, 255, 255, .35); }
.vscode-dark .cd-cal-item.cd-cal-p-x, .vscode-high-contrast .cd-cal-item.cd-cal-p-x, .vscode-dark .cd-cal-list tr.cd-cal-p-x td:first-child, .vscode-high-contrast .cd-cal-list tr.cd-cal-p-x td:first-child { border-left-color: #8b98a5; }
.cd-cal-s-draft .cd-cal-mark, .cd-cal-s-none .cd-cal-mark { color: var(--cd-cal-muted); }
.cd-cal-item.cd-cal-s-draft, .cd-cal-item.cd-cal-s-none { border-style: dashed; border-left-style: solid; }
.cd-cal-s-review .cd-cal-mark { color: #9a6700; }
.vscode-dark .cd-cal-s-review .cd-cal-mark { color: #d29922; }
.cd-cal-s-approved .cd-cal-mark { color: #1a7f37; }
.vscode-dark .cd-cal-s-approved .cd-cal-mark { color: #3fb950; }
.cd-cal-s-scheduled .cd-cal-mark { color: var(--cd-cal-accent); }
.vscode-dark .cd-cal-s-scheduled .cd-cal-mark { color: #58a6ff; }
.cd-cal-item.cd-cal-s-scheduled { background: color-mix(in srgb, var(--cd-cal-stripe) 8%, var(--cd-cal-item)); }
.cd-cal-item.cd-cal-s-published { background: var(--cd-cal-other); }
.cd-cal-item.cd-cal-s-published .cd-cal-title { color: var(--cd-cal-muted); }
.cd-cal-weekgrid { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(7, minmax(0, 1fr)); border: 1px solid var(--cd-cal-border); border-radius: 6px; overflow: hidden; }
.cd-cal-weekday { padding: 6px; min-height: 160px; border-left: 1px solid var(--cd-cal-border); background: var(--cd-cal-cell); }
.cd-cal-weekday:first-child { border-left: 0; }
.cd-cal-weekday.cd-cal-weekend { background: var(--cd-cal-weekend); }
.cd-cal-weekday h3 { font-size: 12px; margin: 0 0 6px; font-weight: 600; color: var(--cd-cal-muted); }
.cd-cal-weekday h3 .cd-cal-wd { text-transform: uppercase; letter-spacing: .04em; padding: 1px 4px; border-radius: 4px; }
.cd-cal-weekgrid .cd-cal-item { display: flex; flex-direction: column; gap: 3px; }
.cd-cal-weekgrid .cd-cal-title { font-size: 13px; }
.cd-cal-campaign { font-size: 11px; color: var(--cd-cal-muted); }
.cd-cal-none { color: var(--cd-cal-muted); font-style: italic; font-size: 12px; margin: 4px 0; }
.cd-cal-list { width: 100%; border-collapse: collapse; font-size: 13px; }
.cd-cal-list th { text-align: left; font-size: 12px; font-weight: 600; color: var(--cd-cal-muted); padding: 6px 8px; border-bottom: 2px solid var(--cd-cal-border); }
.cd-cal-list td { padding: 6px 8px; border-bottom: 1px solid var(--cd-cal-border); vertical-align: top; }
.cd-cal-list tr.cd-cal-item { border: 0; border-radius: 0; background: transparent; font-size: 13px; }
.cd-cal-list tr.cd-cal-item td:first-child { border-left: 4px solid var(--cd-cal-stripe, #57606a); }
.cd-cal-list .cd-cal-badges { margin: 0; }
.cd-cal-when, .cd-cal-campaign-cell { white-space: nowrap; font-variant-numeric: tabular-nums; }
.cd-cal-zone, .cd-cal-muted, .cd-cal-file { color: var(--cd-cal-muted); }
.cd-cal-file { font-family: var(--vscode-editor-font-family, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace); font-size: 12px; overflow-wrap: anywhere; }
.cd-cal-problem { color: var(--cd-cal-problem); }
@media (max-width: 760px) {
  .cd-cal-day { height: auto; padding: 2px; }
  .cd-cal-grid .cd-cal-title, .cd-cal-grid .cd-cal-status, .cd-cal-grid .cd-cal-badges { display: none; }
  .cd-cal-weekgrid { grid-template-columns: 1fr; }
  .cd-cal-weekday { border-left: 0; border-top: 1px solid var(--cd-cal-border); min-height: 0; }
}
@media print { .cd-cal-bar { display: none; } .cd-cal-day { break-inside: avoid; } }
`;
