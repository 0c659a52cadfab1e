import { entryText, type Comparison } from '../compare/comparison.js';
import { markKind, rowExtent, type IndicatorChart } from './chart.js';

/**
 * One chart per indicator, built from the comparison so that a chart shows exactly the
 * goals of its rows: one mark per distinct goal of an issuer, targets before baselines.
 * An indicator whose goals come in several units gets a chart per unit, since one axis
 * cannot hold counts and percentages.
 */
export function indicatorCharts(comparison: Comparison): IndicatorChart[] {
  const charts = new Map<string, IndicatorChart>();
  for (const row of comparison.rows) {
    row.cells.forEach((cell, i) => {
      for (const entry of cell?.entries ?? []) {
        const t = entry.sources[0]!.target;
        const key = `${row.indicator}|${t.unit}`;
        let chart = charts.get(key);
        if (!chart) charts.set(key, (chart = { indicator: row.indicator, title: row.label, unit: t.unit, rows: [] }));
        chart.rows.push({
          label: `${comparison.columns[i]!.label} · ${row.deadline ?? 'no year'}`,
          kind: row.kind,
          mark: markKind(t.comparator),
          ...rowExtent(t),
          text: entryText(entry),
        });
      }
    });
  }
  return [...charts.values()];
}
