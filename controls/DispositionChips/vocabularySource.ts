import { dispositionVocabularyVariable, parseVocabulary } from "../../domain/delivery/dispositionVocabulary";
import type { VocabularyState } from "./chipsState";

/**
 * Reads the environment's list of allowed codes: the environment variable's definition (its
 * default value) and its current value, if an admin set one, with one flat query each. Both
 * are standard tables. The answer is kept for the session (the page: a model-driven app keeps
 * it until it is reloaded), so every chips control on every form shares the two requests; a
 * failed read is not kept, so the next form tries again.
 */
export const definitionTable = "environmentvariabledefinition";
export const valueTable = "environmentvariablevalue";
export const definitionQuery =
  "?$select=environmentvariabledefinitionid,defaultvalue,schemaname" +
  `&$filter=schemaname eq '${dispositionVocabularyVariable}'`;
export const valueQuery = (definitionId: string): string =>
  `?$select=value&$filter=_environmentvariabledefinitionid_value eq ${definitionId}`;

let session: Promise<VocabularyState> | undefined;

/** A non-empty text, else undefined. */
const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value : undefined;

function stateOf(value: string | undefined): VocabularyState {
  const read = parseVocabulary(value);
  if (read.problem) return { kind: "invalid" };
  return read.codes.length > 0 ? { kind: "list", codes: read.codes } : { kind: "none" };
}

// Promise chains, not async functions: ES5-era output would bundle a generator runtime for them.
function load(webAPI: ComponentFramework.WebApi): Promise<VocabularyState> {
  return webAPI
    .retrieveMultipleRecords(definitionTable, definitionQuery)
    .then((definitions): VocabularyState | Promise<VocabularyState> => {
      const definition = (definitions.entities[0] || {}) as Record<string, unknown>;
      const id = text(definition.environmentvariabledefinitionid);
      // Without the definition (the control used outside this solution) there is no list.
      if (!id) return { kind: "none" };
      return webAPI.retrieveMultipleRecords(valueTable, valueQuery(id)).then((values) => {
        const current = (values.entities[0] || {}) as Record<string, unknown>;
        // The current value wins over the default value, as it does for every environment variable.
        return stateOf(text(current.value) || text(definition.defaultvalue));
      });
    });
}

export function readVocabulary(webAPI: ComponentFramework.WebApi | undefined): Promise<VocabularyState> {
  if (!webAPI) return Promise.resolve({ kind: "none" });
  if (!session) {
    const reading: Promise<VocabularyState> = load(webAPI).then(
      (state) => state,
      (): VocabularyState => {
        if (session === reading) session = undefined;
        return { kind: "unreadable" };
      },
    );
    session = reading;
  }
  return session;
}

/** Forgets the session's answer (tests start each case without one). */
export function forgetVocabulary(): void {
  session = undefined;
}
