/**
 * For SVG text under columns (days, hours): its direction from its own first strong
 * character, so "25. Nov. 2026" reads in order inside a right-to-left page while a label in a
 * right-to-left language stays right to left. Its anchor is the middle, which no direction moves.
 */
export const isolated = { unicodeBidi: "plaintext" } as const;

/**
 * For axis ticks (counts and percentages): laid out left to right and isolated, so "100 %"
 * keeps its order and the anchor (start/end) means the same side in either page direction.
 */
export const numeric = { direction: "ltr", unicodeBidi: "isolate" } as const;
