import { LineIndex } from '../../core/index';
import { findingPosition, type FileResult } from './result';

/** The `--format json` object of PRODUCT.md §5. */
export function formatJson(results: readonly FileResult[]): string {
  const files = results.map((result) => {
    const index = new LineIndex(result.text);
    return {
      path: result.path,
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        ...findingPosition(index, f),
        docsUrl: f.docsUrl,
        fixes: (f.fixes ?? []).map((fix) => ({ title: fix.title, safe: fix.safe, edits: fix.edits.map((e) => ({ start: e.start, end: e.end, text: e.text })) })),
      })),
      ...(result.counts ? { counts: result.counts } : {}),
    };
  });
  return JSON.stringify({ files }, null, 2) + '\n';
}
