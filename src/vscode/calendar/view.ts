// The editorial calendar view, bundled on its own (dist/calendar.js) and loaded by the desktop
// extension the first time the calendar opens: its renderer and styles never weigh on the
// extension's start-up or its bundles. `vscode` is handed in (see calendar-panel.ts).
export { CalendarPanel } from './calendar-panel';
