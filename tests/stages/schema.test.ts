import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline/extract.js';
import { DocumentSchema, fastDocumentSchema, isDocumentRecord, fastTargetFileSchema, SCHEMA_VERSION, TargetFileSchema } from '../../src/schema/target-file.js';

// The compiled schemas must give the answers of the interpreted ones: a record that passes
// passes both, and one that fails fails both, with the same first issue.
const seed = readFileSync(join(import.meta.dirname, '..', '..', 'seeds', '000_231b9d49de819eb6.txt'), 'utf8');
const record = extract(seed, { source: 'seed', explain: true });

// a record seen as loose data, so that an edit can break it
interface LooseTarget {
  [key: string]: unknown;
  location: { [key: string]: unknown };
}
interface Loose {
  [key: string]: unknown;
  targets: LooseTarget[];
  issuer?: { [key: string]: unknown };
}
/** breaks the record `r` or its first target `t` */
type Edit = (r: Loose, t: LooseTarget) => void;
const BROKEN: Array<[string, Edit]> = [
  ['a value that is not finite', (_, t) => (t.value = Number.NaN)],
  ['a range with a value', (_, t) => Object.assign(t, { comparator: 'range', min: 1, max: 2, value: 3 })],
  ['a range whose min is above its max', (_, t) => Object.assign(t, { comparator: 'range', min: 5, max: 2, value: null })],
  ['a comparator without a value', (_, t) => Object.assign(t, { comparator: 'gte', value: null })],
  ['a deadline out of range', (_, t) => (t.deadline = 1800)],
  ['a deadline that is not whole', (_, t) => (t.deadline = 2025.5)],
  ['an empty quote', (_, t) => (t.quote = '')],
  ['a line 0', (_, t) => (t.location.line = 0)],
  ['an unknown kind', (_, t) => (t.kind = 'wish')],
  ['a malformed date', (r) => (r.issuedDate = '16/6/2022')],
  ['a missing issuer', (r) => delete r.issuer],
  ['a string for a boolean', (r) => (r.issuer!.inferred = 'no')],
];

describe('compiled schemas', () => {
  it('are compiled once used again (the first use is interpreted)', () => {
    fastDocumentSchema();
    expect(fastDocumentSchema()).not.toBe(DocumentSchema);
    fastTargetFileSchema();
    expect(fastTargetFileSchema()).not.toBe(TargetFileSchema);
  });

  it('pass a record that the interpreted schema passes', () => {
    expect(record.targets.length).toBeGreaterThan(0);
    expect(DocumentSchema.safeParse(record).success).toBe(true);
    expect(isDocumentRecord(record)).toBe(true);
    expect(fastDocumentSchema().safeParse(record)).toEqual(DocumentSchema.safeParse(record));
  });

  it.each(BROKEN)('fail %s, with the issue of the interpreted schema', (_, edit) => {
    const broken = structuredClone(record) as unknown as Loose;
    edit(broken, broken.targets[0]!);
    const slow = DocumentSchema.safeParse(broken);
    expect(slow.success).toBe(false);
    expect(isDocumentRecord(broken)).toBe(false);
    expect(fastDocumentSchema().safeParse(broken).error?.issues).toEqual(slow.error?.issues);
    const file = { schemaVersion: SCHEMA_VERSION, generator: 'test', documents: [record, broken] };
    expect(fastTargetFileSchema().safeParse(file).error?.issues).toEqual(TargetFileSchema.safeParse(file).error?.issues);
  });
});
