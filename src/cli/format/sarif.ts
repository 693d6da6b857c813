import { pathToFileURL } from 'node:url';
import { allRules, LineIndex, docsUrlFor, type Severity } from '../../core/index';
import { findingPosition, type FileResult } from './result';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, for code scanning dashboards; columns in UTF-16 code units like the editor. */
export function formatSarif(results: readonly FileResult[], cwd: string, version: string): string {
  const ruleIndex = new Map(allRules().map((r, i) => [r.id, i]));
  const sarifResults = results.flatMap((result) => {
    const index = new LineIndex(result.text);
    return result.findings.map((f) => {
      const { start, end } = findingPosition(index, f);
      const location = {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(result.path), uriBaseId: 'SRCROOT' },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: end.offset - start.offset },
        },
      };
      return {
        ruleId: f.ruleId,
        ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [location],
        ...(f.fixes && f.fixes.length > 0
          ? {
              fixes: f.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location.physicalLocation.artifactLocation,
                    replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
                  },
                ],
              })),
            }
          : {}),
      };
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'copydesk',
            version,
            informationUri: 'https://github.com/copydesk/copydesk',
            rules: allRules().map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: docsUrlFor(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        artifacts: results.map((r) => ({ location: { uri: encodeURI(r.path), uriBaseId: 'SRCROOT' } })),
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
