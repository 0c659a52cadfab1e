import type { Target, Unit } from '../schema/target-file.js';

/**
 * Numbers and target values as Vietnamese readers write them: dots group thousands,
 * a comma marks decimals ("3.000", "2,4"), money in triệu/tỷ đồng.
 */

/** 3000 → "3.000", 2.4 → "2,4", -1234.5 → "-1.234,5"; at most `fractionDigits` decimals. */
export function formatNumber(n: number, fractionDigits = 2): string {
  const [int = '0', frac = ''] = Math.abs(n).toFixed(fractionDigits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const decimals = frac.replace(/0+$/, '');
  const sign = n < 0 && (/[1-9]/.test(int) || decimals !== '') ? '-' : '';
  return `${sign}${grouped}${decimals ? `,${decimals}` : ''}`;
}

const COMPARATOR_SIGN: Record<Target['comparator'], string> = {
  eq: '',
  gt: '> ',
  gte: '≥ ',
  lt: '< ',
  lte: '≤ ',
  approx: '≈ ',
  range: '',
};

const PER: Partial<Record<Unit, string>> = { vnd_per_year: '/năm', vnd_per_month: '/tháng', percent_per_year: '/năm' };

/** Money reads best in the largest of tỷ, triệu that keeps the number at 1 or more. */
function moneyScale(n: number): { divisor: number; word: string } {
  const a = Math.abs(n);
  if (a >= 1e9) return { divisor: 1e9, word: ' tỷ đ' };
  if (a >= 1e6) return { divisor: 1e6, word: ' triệu đ' };
  return { divisor: 1, word: ' đ' };
}

/** The numbers of a target and the unit words after them: "70–85%", "85 triệu đ/năm". */
function quantity(numbers: number[], unit: Unit): string {
  const money = unit === 'vnd' || unit === 'vnd_per_year' || unit === 'vnd_per_month';
  const { divisor, word } = money ? moneyScale(Math.max(...numbers.map(Math.abs))) : { divisor: 1, word: '' };
  const text = numbers.map((n) => formatNumber(n / divisor)).join('–');
  const percent = unit === 'percent' || unit === 'percent_per_year' ? '%' : '';
  return `${text}${percent}${word}${PER[unit] ?? ''}`;
}

/**
 * A target's value as people read it, with comparator and unit: "> 70%", "70–85%",
 * "≈ 3.000", "≥ 35", "85 triệu đ/năm"; "≥ 20/năm" for a goal stated per year.
 */
export function formatTargetValue(t: Pick<Target, 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'perYear'>): string {
  const numbers = t.comparator === 'range' ? [t.min ?? 0, t.max ?? 0] : [t.value ?? 0];
  const perYear = t.perYear && PER[t.unit] === undefined ? '/năm' : '';
  return `${COMPARATOR_SIGN[t.comparator]}${quantity(numbers, t.unit)}${perYear}`;
}

/** One number standing for a target when ranking a row: its value, or a range's middle. */
export function representativeNumber(t: Pick<Target, 'value' | 'min' | 'max'>): number | null {
  if (t.value !== null) return t.value;
  if (t.min !== null && t.max !== null) return (t.min + t.max) / 2;
  return null;
}

/** A key equal for two targets exactly when they state the same goal (value, comparator, unit). */
export function valueSignature(t: Pick<Target, 'comparator' | 'value' | 'min' | 'max' | 'unit' | 'perYear'>): string {
  return [t.comparator, t.value, t.min, t.max, t.unit, t.perYear].join('|');
}
