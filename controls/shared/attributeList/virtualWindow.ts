/**
 * The arithmetic of the virtualized list, kept free of React and the DOM: where each item
 * starts, which items a scroll position shows, and where to scroll to show an item.
 */

/** offsets[i] is where item i starts; offsets[count] is the height of the whole list. */
export function offsetsOf(count: number, heightAt: (index: number) => number): Float64Array {
  const offsets = new Float64Array(count + 1);
  for (let index = 0; index < count; index += 1) offsets[index + 1] = offsets[index] + heightAt(index);
  return offsets;
}

export interface ItemRange {
  /** First item to render. */
  start: number;
  /** One past the last item to render. */
  end: number;
}

/**
 * Items that intersect the viewport, plus `overscan` on either side so that a short scroll or
 * an arrow key lands on a row that is already there. A scroll position left over from a longer
 * list (before a filter) counts as the end of the list.
 */
export function rangeAt(offsets: Float64Array, top: number, viewport: number, overscan: number): ItemRange {
  const count = offsets.length - 1;
  top = Math.max(0, Math.min(top, offsets[count] - viewport));
  return {
    start: Math.max(0, indexAt(offsets, top) - overscan),
    end: Math.min(count, indexAt(offsets, top + viewport) + 1 + overscan),
  };
}

/** The item at position y: the last item starting at or above it (binary search). */
export function indexAt(offsets: Float64Array, y: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (offsets[middle] <= y) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * The scroll position closest to `top` at which item `index` is wholly visible; an item taller
 * than the viewport shows its top. `covered` is the height at the top of the viewport that a
 * sticky header hides from the item (a parameter, not a default: a default costs the bundle a
 * helper).
 */
export function scrollToShow(
  offsets: Float64Array,
  index: number,
  top: number,
  viewport: number,
  covered: number,
): number {
  return Math.min(offsets[index] - covered, Math.max(top, offsets[index + 1] - viewport));
}
