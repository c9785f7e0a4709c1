import { nameBasedGuid } from "../guid";

/**
 * Cells are not solution components; their ids are name-based (UUID v5 style) so that moving
 * a field on a form keeps its id, and the same source always yields the same id.
 */
export function cellId(formId: string, name: string): string {
  return nameBasedGuid(`${formId.toLowerCase()}/${name}`);
}
