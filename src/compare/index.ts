/**
 * The comparison model shared by `htx-targets diff` and `htx-targets report`: pure
 * functions from document records to tables, no I/O.
 *
 *   buildComparison(documents, { grouping, filter }) → issuers side by side
 *   wideTable / longTable / markdownTable            → rows for CSV, TSV, JSON, Markdown
 *   compareVersions(before, after)                   → added / removed / changed goals
 */
export { formatNumber, formatTargetValue, representativeNumber, valueSignature } from './values.js';
export { GROUPINGS, NATIONAL_LABEL, compareColumns, placeDocument, type Column, type Grouping, type Placement } from './columns.js';
export { compileFilter, parseDeadlines, type TargetFilter, type TargetPredicate } from './filters.js';
export {
  buildComparison,
  cellText,
  entryText,
  indicatorLabels,
  rowKey,
  type Cell,
  type CellEntry,
  type CompareOptions,
  type Comparison,
  type ComparisonRow,
} from './comparison.js';
export { LONG_COLUMNS, WIDE_ROW_COLUMNS, longTable, markdownTable, tableObjects, wideTable, type Table } from './tables.js';
export { CHANGE_COLUMNS, changesTable, compareVersions, type Change, type ChangeStatus, type VersionDiff } from './changes.js';
