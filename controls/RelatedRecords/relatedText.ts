import type { RelatedKind } from "../../domain/related/relatedTables";
import type { UnresolvedReason } from "./relatedState";
import type { RelatedRecordsStringKey, RelatedRecordsStrings } from "./relatedRecordsStrings";

type KeyOf<T extends RelatedRecordsStringKey> = T;
// Fails to compile when a kind or a reason has no resx key in relatedRecordsStrings.ts.
type LabelKey = KeyOf<`Label_${RelatedKind}`>;
type ReasonKey = KeyOf<`Reason_${UnresolvedReason}`>;

export function labelOf(kind: RelatedKind, strings: RelatedRecordsStrings): string {
  const key: LabelKey = `Label_${kind}`;
  return strings.get(key);
}

export function reasonText(reason: UnresolvedReason, kind: RelatedKind, strings: RelatedRecordsStrings): string {
  const key: ReasonKey = `Reason_${reason}`;
  return strings.format(key, labelOf(kind, strings));
}
