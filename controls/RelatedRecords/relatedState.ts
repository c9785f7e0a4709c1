import type { RelatedKind } from "../../domain/related/relatedTables";

/** Why an id shows as itself instead of a name. */
export type UnresolvedReason =
  "malformed" | "notFound" | "forbidden" | "unknownTable" | "throttled" | "offline" | "other";

/** What one Web API read of a name came to. */
export type NameResolution = { kind: "resolved"; name: string } | { kind: "failed"; reason: UnresolvedReason };

/** One id of the delivery and where its name stands. `text` is the id as stored. */
export type ReferenceState =
  | { kind: "empty" }
  | { kind: "resolving"; text: string; id: string }
  | { kind: "resolved"; text: string; id: string; name: string }
  | { kind: "failed"; text: string; reason: UnresolvedReason };

export type RelatedState = Readonly<Record<RelatedKind, ReferenceState>>;
