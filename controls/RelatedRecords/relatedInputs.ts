import type { RelatedKind } from "../../domain/related/relatedTables";
import type { IInputs } from "./generated/ManifestTypes";

export const relatedPropertyNames: readonly string[] = ["contactId", "conversationId", "queueId", "configurationId"];

/** The ids as the bound columns hold them, by the table they point to. */
export type RelatedIds = Readonly<Record<RelatedKind, string | null>>;

export function readRelatedIds(parameters: IInputs): RelatedIds {
  return {
    contact: parameters.contactId.raw,
    conversation: parameters.conversationId.raw,
    queue: parameters.queueId.raw,
    configuration: parameters.configurationId.raw,
  };
}
