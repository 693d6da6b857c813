import { isMap, isSeq } from 'yaml';
import { nodeRange, pairOf } from '../../yaml/document';
import type { Rule } from '../../types';
import type { JdContext } from '../context';

// Any script's digits count: "+15 %", "٢ ساعات", "３件".
const HAS_NUMBER = /\p{Nd}/u;

/** jd/kpi-not-measurable: a KPI without a target that contains a number. */
export const kpiNotMeasurable: Rule<JdContext> = {
  id: 'jd/kpi-not-measurable',
  description: 'Every KPI needs a target containing a number, so performance can be measured.',
  defaultSeverity: 'error',
  fileKind: 'jd',
  check(context, report) {
    const kpis = pairOf(context.root, 'kpis')?.value;
    if (!isSeq(kpis)) return;
    const text = context.parsed.text;
    for (const item of kpis.items) {
      if (!isMap(item)) continue;
      const metricPair = pairOf(item, 'metric');
      const metric = (metricPair?.value as { value?: unknown } | null)?.value;
      const name = typeof metric === 'string' && metric.trim() !== '' ? `KPI '${metric.trim()}'` : 'This KPI';
      const targetPair = pairOf(item, 'target');
      const target = (targetPair?.value as { value?: unknown } | null)?.value;
      if (target === undefined || target === null || (typeof target === 'string' && target.trim() === '')) {
        const range = nodeRange(text, (targetPair?.key ?? metricPair?.key ?? item) as never);
        if (range) report({ message: `${name} has no target: add \`target:\` with a number, e.g. "+15%" or "2 hours".`, range });
        continue;
      }
      if (typeof target === 'number') continue;
      if (typeof target === 'string' && !HAS_NUMBER.test(target)) {
        const range = nodeRange(text, targetPair!.value);
        if (range) report({ message: `${name} target "${target.trim()}" is not measurable: include a number (e.g. "+15%", "under 2 hours", "10 posts").`, range });
      }
    }
  },
};
