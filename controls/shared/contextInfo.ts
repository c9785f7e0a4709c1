/**
 * The row a field control sits on. Model-driven apps put it on context.mode.contextInfo,
 * which the public typings do not declare; on a new, unsaved record the id is empty.
 */
export interface HostRecord {
  entityId?: string;
  entityTypeName?: string;
}

interface ModeWithContextInfo {
  contextInfo?: { entityId?: unknown; entityTypeName?: unknown };
}

const emptyGuid = /^\{?0{8}-0{4}-0{4}-0{4}-0{12}\}?$/;

export function hostRecordOf(context: ComponentFramework.Context<unknown>): HostRecord {
  const info = (context.mode as unknown as ModeWithContextInfo | undefined)?.contextInfo;
  const id = typeof info?.entityId === "string" ? info.entityId.trim() : "";
  const typeName = typeof info?.entityTypeName === "string" ? info.entityTypeName : undefined;
  return {
    entityId: id && !emptyGuid.test(id) ? id.replace(/^\{|\}$/g, "") : undefined,
    entityTypeName: typeName,
  };
}
