import { AttributeTypeChoice } from "../../../domain/tables";
import type { RawAttribute } from "../../../domain/attributes";

let nextId = 0;

export function input(keyword: string, value: string): RawAttribute {
  return { id: `id-${nextId++}`, keyword, value, type: AttributeTypeChoice.input };
}

export function result(keyword: string, value: string): RawAttribute {
  return { id: `id-${nextId++}`, keyword, value, type: AttributeTypeChoice.result };
}

export function typed(type: unknown, keyword: string, value: string): RawAttribute {
  return { id: `id-${nextId++}`, keyword, value, type };
}
