/**
 * Mounting RelatedRecords over a scripted Web API: each table and id gets its own answer, and
 * every retrieveRecord is counted. The control caches names for the whole module (the app
 * session), so each test takes ids no other test used (freshId).
 */
import { relatedTables, type RelatedKind } from "../../../domain/related/relatedTables";
import { RelatedRecords } from "../../../controls/RelatedRecords";
import type { IInputs, IOutputs } from "../../../controls/RelatedRecords/generated/ManifestTypes";
import {
  createMockContext,
  mountControl,
  textProperty,
  type ControlHarness,
  type MockContextOptions,
  type MountOptions,
} from "../../support/pcfContext";

type Entity = ComponentFramework.WebApi.Entity;
export type Answer = () => Promise<Entity>;
export type Harness = ControlHarness<IInputs, IOutputs>;

let sequence = 0;
/** A GUID no other test has asked for. */
export function freshId(): string {
  sequence += 1;
  return `5e1f0c2a-7b3d-4c8e-9a10-${sequence.toString(16).padStart(12, "0")}`;
}

export type RelatedValues = Partial<Record<RelatedKind, string | null>>;

export function parametersOf(values: RelatedValues): Record<string, ComponentFramework.PropertyTypes.Property> {
  return {
    contactId: textProperty(values.contact ?? null),
    conversationId: textProperty(values.conversation ?? null),
    queueId: textProperty(values.queue ?? null),
    configurationId: textProperty(values.configuration ?? null),
  };
}

export function named(kind: RelatedKind, name: unknown): Answer {
  const row = { [relatedTables[kind].primaryNameAttribute]: name } as Entity;
  return () => Promise.resolve(row);
}

export function failing(failure: unknown): Answer {
  return () => Promise.reject(failure);
}

/** Each call to the same table and id takes the next answer; the last one repeats. */
export interface Script {
  answers: Map<string, Answer[]>;
  answer(kind: RelatedKind, id: string, ...answers: Answer[]): void;
}

export function createScript(): Script {
  const answers = new Map<string, Answer[]>();
  return {
    answers,
    answer: (kind, id, ...list) => answers.set(`${relatedTables[kind].logicalName}|${id.toLowerCase()}`, list),
  };
}

export function mountRelated(
  values: RelatedValues,
  script: Script,
  options: Partial<MockContextOptions> = {},
  host: MountOptions = {},
): Harness {
  const context = createMockContext<IInputs>({
    controlName: "RelatedRecords",
    parameters: parametersOf(values),
    ...options,
  });
  context.webAPI.retrieveRecord.mockImplementation((table, id) => {
    const list = script.answers.get(`${table}|${id}`);
    if (!list || list.length === 0) return Promise.reject(new Error(`unscripted read of ${table} ${id}`));
    const next = list.length > 1 ? list.shift() : list[0];
    return (next as Answer)();
  });
  return mountControl(RelatedRecords, context, host);
}

/** The value cell (dd) of a row by its label. */
export function valueOf(container: HTMLElement, label: string): HTMLElement {
  const term = Array.from(container.querySelectorAll("dt")).find((dt) => dt.textContent === label);
  if (!term?.nextElementSibling) throw new Error(`no row labelled ${label}`);
  return term.nextElementSibling as HTMLElement;
}
