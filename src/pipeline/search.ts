/**
 * Binary search over a sorted list: the first index in [0, length) at which `before` is
 * false, for a `before` that holds on a prefix of the list and fails after it (`length`
 * when it holds throughout). Looks of spans by position stay logarithmic, so documents with
 * thousands of numbers, masks or places stay linear.
 */
export function firstNotBefore(length: number, before: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
