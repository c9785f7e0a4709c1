export * from "./types";
export { classifyValue, LONG_VALUE_LENGTH } from "./classifyValue";
export { groupOf, compareGroups } from "./groupOf";
export { buildAttributeViewModel } from "./buildViewModel";
export type { BuildOptions } from "./buildViewModel";
export { sortByKeyword, defaultCollator } from "./sortByKeyword";
export { filterRows, isBlankFilter } from "./filterRows";
export { groupRows } from "./groupRows";
