import { findingPosition, indentJson, positionsOf, relatedPosition, type FileResult, type Reporter } from './result';

/** The `--format json` object of PRODUCT.md §5, written one file at a time (byte for byte what JSON.stringify(…, null, 2) gives). */
export function jsonReporter(): Reporter {
  let first = true;
  return {
    start: () => '{\n  "files": [',
    file(result: FileResult) {
      const index = positionsOf(result);
      const file = {
        path: result.path,
        findings: result.findings.map((f) => ({
          ruleId: f.ruleId,
          severity: f.severity,
          message: f.message,
          ...findingPosition(index, f),
          docsUrl: f.docsUrl,
          fixes: (f.fixes ?? []).map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
          ...(f.related && f.related.length > 0 ? { related: f.related.map((r) => ({ message: r.message, ...relatedPosition(index, r) })) } : {}),
        })),
        ...(result.counts ? { counts: result.counts } : {}),
      };
      const chunk = `${first ? '\n' : ',\n'}    ${indentJson(JSON.stringify(file, null, 2), 4)}`;
      first = false;
      return chunk;
    },
    end: () => (first ? ']\n}\n' : '\n  ]\n}\n'),
  };
}
