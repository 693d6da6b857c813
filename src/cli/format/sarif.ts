import { pathToFileURL } from 'node:url';
import { ALL_RULES, docsUrlFor, type Severity } from '../../core/index';
import { findingPosition, indentJson, positionsOf, relatedPosition, type FileResult, type Reporter } from './result';

const LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * A relative path as a URI reference (RFC 3986): every segment percent-encoded, so `#`, `?`, `%`
 * and spaces in file names stay part of the path (encodeURI would leave `#` and `?` to start a
 * fragment or a query).
 */
export function pathToUriReference(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

const RESULTS = '\u0000results\u0000';
const ARTIFACTS = '\u0000artifacts\u0000';

/** SARIF 2.1.0, for code scanning dashboards; columns in UTF-16 code units like the editor. Written one file at a time. */
export function sarifReporter(cwd: string, version: string): Reporter {
  const ruleIndex = new Map(ALL_RULES.map((r, i) => [r.id, i]));
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
            rules: ALL_RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              helpUri: docsUrlFor(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href } },
        columnKind: 'utf16CodeUnits',
        results: [RESULTS],
        artifacts: [ARTIFACTS],
      },
    ],
  };
  // The log around the two lists, split where they go; the lists are written as files arrive.
  const [head, middle, tail] = JSON.stringify(log, null, 2).split(/\n\s*"\\u0000(?:results|artifacts)\\u0000"\n\s*/);
  const artifacts: string[] = [];
  let results = 0;
  return {
    start: () => head,
    file(result: FileResult) {
      const uri = pathToUriReference(result.path);
      artifacts.push(uri);
      const index = positionsOf(result);
      let out = '';
      for (const f of result.findings) {
        const { start, end } = findingPosition(index, f);
        const artifactLocation = { uri, uriBaseId: 'SRCROOT' };
        const sarif = {
          ruleId: f.ruleId,
          ...(ruleIndex.has(f.ruleId) ? { ruleIndex: ruleIndex.get(f.ruleId) } : {}),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation,
                region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, charOffset: start.offset, charLength: end.offset - start.offset },
              },
            },
          ],
          ...(f.related && f.related.length > 0
            ? {
                relatedLocations: f.related.map((r, id) => {
                  const at = relatedPosition(index, r);
                  return {
                    id,
                    physicalLocation: {
                      artifactLocation: at.path === undefined ? artifactLocation : { uri: pathToUriReference(at.path), uriBaseId: 'SRCROOT' },
                      region: { startLine: at.start.line, startColumn: at.start.column, endLine: at.end.line, endColumn: at.end.column, charOffset: at.start.offset, charLength: at.end.offset - at.start.offset },
                    },
                    message: { text: r.message },
                  };
                }),
              }
            : {}),
          ...(f.fixes && f.fixes.length > 0
            ? {
                fixes: f.fixes.map((fix) => ({
                  description: { text: fix.title },
                  artifactChanges: [{ artifactLocation, replacements: fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })) }],
                })),
              }
            : {}),
        };
        out += `${results++ === 0 ? '\n' : ',\n'}        ${indentJson(JSON.stringify(sarif, null, 2), 8)}`;
      }
      return out;
    },
    end() {
      const list = artifacts.map((uri) => `        ${indentJson(JSON.stringify({ location: { uri, uriBaseId: 'SRCROOT' } }, null, 2), 8)}`).join(',\n');
      return `${results > 0 ? '\n      ' : ''}${middle}${list ? `\n${list}\n      ` : ''}${tail}\n`;
    },
  };
}
