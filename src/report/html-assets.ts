/**
 * The style and script of the HTML report, inline so that the page is one file.
 * Fonts are the system's: every current system font covers Vietnamese, and a web font
 * would need the network.
 */
export const REPORT_STYLE = `
:root { --ink: #1a202c; --muted: #4a5568; --line: #e2e8f0; --accent: #2b6cb0; --base: #a0aec0; --high: #22543d; --low: #9b2c2c; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 1rem 1.5rem 3rem; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; color: var(--ink); }
h1 { font-size: 1.6rem; margin: .5rem 0; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.1rem; margin: 1.2rem 0 .3rem; }
h4 { font-size: 1rem; margin: .8rem 0 .2rem; }
nav a { margin-right: 1rem; color: var(--accent); }
.stats { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: 0; }
.stats div { min-width: 6rem; }
.stats dt { color: var(--muted); font-size: .85rem; }
.stats dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; color: var(--muted); font-size: .9rem; }
.legend svg { vertical-align: middle; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 420px), 1fr)); gap: 1rem 2rem; }
figure { margin: 0; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .3rem; }
figcaption code { font-weight: 400; color: var(--muted); font-size: .8rem; }
svg.chart { display: block; overflow: visible; }
svg .label { font-size: 14px; fill: var(--ink); }
svg .value { font-size: 13px; fill: var(--muted); }
svg .tick { font-size: 11px; fill: var(--muted); }
svg .grid { stroke: var(--line); }
.bar.target { fill: var(--accent); }
.bar.baseline { fill: var(--base); }
.interval, .floor, .ceiling { fill: none; stroke-width: 3; stroke-linecap: round; }
.interval.target, .floor.target, .ceiling.target { stroke: var(--accent); }
.interval.baseline, .floor.baseline, .ceiling.baseline { stroke: var(--base); }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #f7fafc; position: sticky; top: 0; }
th button { font: inherit; font-weight: 600; background: none; border: 0; padding: 0; cursor: pointer; color: inherit; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
td.quote { min-width: 18rem; max-width: 40rem; color: var(--muted); }
#targets td[data-sort] { white-space: nowrap; }
tr.baseline th, tr.baseline td { color: var(--muted); }
table.comparison th[scope="row"] { min-width: 12rem; }
table.comparison td { white-space: nowrap; }
.highest { color: var(--high); font-weight: 700; }
.lowest { color: var(--low); font-style: italic; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; margin: .5rem 0; }
.filters input { font: inherit; padding: .2rem .4rem; min-width: 16rem; max-width: 100%; }
.filters select { font: inherit; }
.note, footer { color: var(--muted); font-size: .9rem; }
.document dl { display: grid; grid-template-columns: max-content 1fr; gap: .1rem 1rem; margin: .3rem 0; }
.document dt { color: var(--muted); }
.document dd { margin: 0; }
.warnings { color: var(--low); }
footer { margin-top: 3rem; }
@media (max-width: 640px) {
  body { padding: .5rem .75rem 2rem; font-size: 14px; }
  .document dl { grid-template-columns: 1fr; }
  .document dd { margin-bottom: .3rem; }
  .filters input { min-width: 0; width: 100%; }
  nav a { display: inline-block; margin: 0 .8rem .3rem 0; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav, .filters, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  .scroll { overflow: visible; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr, figure, .document { break-inside: avoid; }
  h2 { break-after: avoid; }
  .charts { grid-template-columns: 1fr 1fr; }
  .bar.target, .bar.baseline { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/**
 * Sorting and filtering of the targets table. Sorting compares numbers as numbers (from
 * data-sort when the text is "≈ 3.000") and text in Vietnamese order; empty cells go last
 * both ways. Filtering ignores case and diacritics, so "thanh lap" finds "thành lập".
 */
export const REPORT_SCRIPT = String.raw`
(() => {
  const table = document.getElementById('targets');
  const body = table.tBodies[0];
  const headers = [...table.tHead.rows[0].cells];
  const collator = new Intl.Collator('vi');
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  for (const row of body.rows) row.dataset.text = fold(row.textContent);
  headers.forEach((th, i) => {
    th.querySelector('button').addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const key = (row) => {
        const cell = row.cells[i];
        const text = cell.dataset.sort ?? cell.textContent.trim();
        if (text === '') return null;
        return numeric ? Number(text) : text;
      };
      const rows = [...body.rows].map((row) => [key(row), row]);
      rows.sort(([a], [b]) => {
        if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
        const d = numeric ? a - b : collator.compare(a, b);
        return ascending ? d : -d;
      });
      body.append(...rows.map(([, row]) => row));
    });
  });
  const input = document.getElementById('filter');
  const kind = document.getElementById('kind');
  const shown = document.getElementById('shown');
  const apply = () => {
    const words = fold(input.value).split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of body.rows) {
      const keep = words.every((w) => row.dataset.text.includes(w)) && (kind.value === '' || row.dataset.kind === kind.value);
      row.hidden = !keep;
      if (keep) count += 1;
    }
    shown.textContent = count + ' of ' + body.rows.length;
  };
  input.addEventListener('input', apply);
  kind.addEventListener('change', apply);
})();
`;
