/** Columns of a comparison: one per issuing unit, or one per province in force since 1 July 2025. */
export const GROUPINGS = ['issuer', 'province-2025'] as const;
export type Grouping = (typeof GROUPINGS)[number];
