import { parseRecordId } from "../../domain/related/recordId";
import { relatedKinds, relatedTables, type RelatedKind } from "../../domain/related/relatedTables";
import { createStore } from "../shared/useStore";
import { knownName, resolveName } from "./nameCache";
import type { RelatedIds } from "./relatedInputs";
import type { NameResolution, ReferenceState, RelatedState } from "./relatedState";

function settledState(text: string, id: string, resolution: NameResolution): ReferenceState {
  return resolution.kind === "resolved"
    ? { kind: "resolved", text, id, name: resolution.name }
    : { kind: "failed", text, reason: resolution.reason };
}

function initialState(text: string | null, kind: RelatedKind): ReferenceState {
  const parsed = parseRecordId(text);
  if (parsed.kind === "empty") return { kind: "empty" };
  if (parsed.kind === "malformed") return { kind: "failed", text: parsed.text, reason: "malformed" };
  const known = knownName(relatedTables[kind], parsed.id);
  return known ? settledState(parsed.text, parsed.id, known) : { kind: "resolving", text: parsed.text, id: parsed.id };
}

const allEmpty: RelatedState = {
  contact: { kind: "empty" },
  conversation: { kind: "empty" },
  queue: { kind: "empty" },
  configuration: { kind: "empty" },
};

/**
 * The names of the delivery's related rows. When the ids change it reads every name not yet
 * known, all at once (one retrieveRecord each, started in the same turn), and publishes each
 * answer as it arrives; the names stay cached for the app session (nameCache).
 */
export class RelatedRecordsController {
  readonly store = createStore<RelatedState>(allEmpty);
  // Answers for ids the form no longer shows (another row, a destroyed control) are ignored.
  private generation = 0;

  constructor(
    private readonly webAPI: ComponentFramework.WebApi,
    private readonly navigation: ComponentFramework.Navigation,
  ) {}

  show(ids: RelatedIds): void {
    const generation = ++this.generation;
    const next = {} as Record<RelatedKind, ReferenceState>;
    for (const kind of relatedKinds) next[kind] = initialState(ids[kind], kind);
    this.store.set(next);
    for (const kind of relatedKinds) {
      const state = next[kind];
      if (state.kind !== "resolving") continue;
      void this.resolve(kind, state.text, state.id, generation);
    }
  }

  readonly open = (kind: RelatedKind): void => {
    const state = this.store.get()[kind];
    if (state.kind === "resolved") {
      void this.navigation.openForm({ entityName: relatedTables[kind].logicalName, entityId: state.id });
    }
  };

  private async resolve(kind: RelatedKind, text: string, id: string, generation: number): Promise<void> {
    const resolution = await resolveName(this.webAPI, relatedTables[kind], id);
    if (generation === this.generation) {
      this.store.set({ ...this.store.get(), [kind]: settledState(text, id, resolution) });
    }
  }

  dispose(): void {
    this.generation += 1;
  }
}
