import type { Comparator, Kind, Target, Unit } from '../schema/target-file.js';
import { escapeHtml } from './escape.js';

/**
 * How a stated goal is drawn: a bar for a value ("đạt 80%", "khoảng 700"), an interval for a
 * range ("từ 70% - 85%"), and a mark with an arrow for a bound, because "trên 70%" does not
 * say how far above 70% the goal lies and a bar would claim it does.
 */
export type MarkKind = 'bar' | 'interval' | 'floor' | 'ceiling';

export function markKind(comparator: Comparator): MarkKind {
  switch (comparator) {
    case 'eq':
    case 'approx':
      return 'bar';
    case 'range':
      return 'interval';
    case 'gt':
    case 'gte':
      return 'floor';
    case 'lt':
    case 'lte':
      return 'ceiling';
  }
}

export interface ChartRow {
  /** who and when: "UBND tỉnh Kiên Giang · 2030" */
  label: string;
  kind: Kind;
  mark: MarkKind;
  from: number;
  to: number;
  /** the goal as written in the report: "≥ 35", "70–85%" */
  text: string;
}

export interface IndicatorChart {
  indicator: string;
  title: string;
  unit: Unit;
  rows: ChartRow[];
}

/** The span a goal covers on the axis; a bound is drawn at its value. */
export function rowExtent(t: Target): { from: number; to: number } {
  if (t.comparator === 'range') return { from: t.min!, to: t.max! };
  return { from: markKind(t.comparator) === 'bar' ? 0 : t.value!, to: t.value! };
}

/** 1, 2, 2.5 or 5 times a power of ten, at least `n`: an axis end people can read. */
export function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= n) return step * power;
  return 10 * power;
}

// Narrow enough that a phone (about 360 px) scales the drawing by no less than 3/4.
const WIDTH = 480;
const VALUE_ROOM = 110; // right of the plot, for the written goal
const ROW = 40;
const TOP = 8;
const AXIS = 28;

/**
 * One chart as inline SVG. Rows are stacked with the label above each mark rather than
 * beside it, so that long Vietnamese issuer names keep the full width on a phone; the
 * viewBox lets the browser scale the whole drawing to the column.
 */
export function chartSvg(chart: IndicatorChart, formatTick: (n: number) => string): string {
  const top = Math.max(...chart.rows.map((r) => r.to));
  // A share reads against the whole (0–100%); a growth rate such as 6%/năm against its own scale.
  const axisEnd = chart.unit === 'percent' && top <= 100 ? 100 : niceCeiling(top);
  const plot = WIDTH - VALUE_ROOM;
  const x = (v: number): number => Math.round((v / axisEnd) * plot * 10) / 10;
  const height = TOP + chart.rows.length * ROW + AXIS;
  const parts: string[] = [];
  for (const [i, r] of chart.rows.entries()) {
    const y = TOP + i * ROW;
    const barY = y + 18;
    const cls = `${r.mark} ${r.kind}`;
    parts.push(`<g class="row" data-kind="${r.kind}"><title>${escapeHtml(`${r.label}: ${r.text}`)}</title>`);
    parts.push(`<text class="label" x="0" y="${y + 12}">${escapeHtml(r.label)}${r.kind === 'baseline' ? ' (baseline)' : ''}</text>`);
    if (r.mark === 'bar') {
      parts.push(`<rect class="${cls}" x="0" y="${barY}" width="${Math.max(x(r.to), 1)}" height="14" rx="2"/>`);
    } else if (r.mark === 'interval') {
      const a = x(r.from);
      const b = x(r.to);
      parts.push(`<path class="${cls}" d="M${a} ${barY}v14M${a} ${barY + 7}H${b}M${b} ${barY}v14"/>`);
    } else {
      // a tick at the bound and an arrow pointing where the goal lies
      const v = x(r.to);
      const tip = r.mark === 'floor' ? v + 12 : v - 12;
      parts.push(`<path class="${cls}" d="M${v} ${barY - 2}v18M${v} ${barY + 7}H${tip}M${tip} ${barY + 7}l${r.mark === 'floor' ? -5 : 5} -5M${tip} ${barY + 7}l${r.mark === 'floor' ? -5 : 5} 5"/>`);
    }
    parts.push(`<text class="value" x="${Math.max(x(r.to), 0) + 16}" y="${barY + 12}">${escapeHtml(r.text)}</text></g>`);
  }
  const axisY = TOP + chart.rows.length * ROW + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = axisEnd * f;
    const anchor = f === 0 ? 'start' : f === 1 ? 'end' : 'middle';
    return `<line class="grid" x1="${x(v)}" y1="${TOP}" x2="${x(v)}" y2="${axisY}"/><text class="tick" x="${x(v)}" y="${axisY + 16}" text-anchor="${anchor}">${escapeHtml(formatTick(v))}</text>`;
  });
  return [
    `<svg class="chart" role="img" aria-label="${escapeHtml(chart.title)}" viewBox="0 0 ${WIDTH} ${height}" width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">`,
    ...ticks,
    ...parts,
    '</svg>',
  ].join('');
}
