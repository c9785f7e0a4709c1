import { screen, within } from "@testing-library/react";
import { DispositionChips } from "../../../controls/DispositionChips";
import type { IInputs, IOutputs } from "../../../controls/DispositionChips/generated/ManifestTypes";
import { forgetVocabulary } from "../../../controls/DispositionChips/vocabularySource";
import { dispositionVocabularyVariable } from "../../../domain/delivery/dispositionVocabulary";
import {
  createMockContext,
  mountControl,
  textProperty,
  type MockContextOptions,
  type MountOptions,
} from "../../support/pcfContext";

/**
 * How the environment answers the chips' two reads of the list of allowed codes:
 * - "none": no definition of the variable (the control outside the solution; the default);
 * - a definition with its default value and, when given, an admin's current value;
 * - a failure (the Web API's error object) or a promise the test resolves itself.
 */
export type VocabularyAnswer =
  | "none"
  | { defaultValue?: string | null; currentValue?: string }
  | { failure: unknown }
  | { pending: Promise<ComponentFramework.WebApi.RetrieveMultipleResponse> };

export const definitionId = "4c1b7a0e-2f6d-4e8a-9b31-5d7e0c2a9f10";

const response = (
  entities: ComponentFramework.WebApi.Entity[],
): ComponentFramework.WebApi.RetrieveMultipleResponse => ({
  entities,
  nextLink: undefined as unknown as string,
});

export interface ChipsOptions extends Partial<MockContextOptions> {
  editable?: boolean;
  readable?: boolean;
  vocabulary?: VocabularyAnswer;
  maxLength?: number;
}

/** Mounts the chips over a stored text, with the environment's answer for the list of allowed codes. */
export function mountChips(value: string | null, options: ChipsOptions = {}, host: MountOptions = {}) {
  const { editable, readable, vocabulary = "none", maxLength = 1000, ...contextOptions } = options;
  const context = createMockContext<IInputs>({
    controlName: "DispositionChips",
    parameters: {
      codes: textProperty(value, {
        attributes: { MaxLength: maxLength },
        security: { editable: editable ?? true, readable: readable ?? true },
      }),
    },
    ...contextOptions,
  });
  context.webAPI.retrieveMultipleRecords.mockImplementation((table) => {
    if (typeof vocabulary === "object" && "failure" in vocabulary) return Promise.reject(vocabulary.failure);
    if (typeof vocabulary === "object" && "pending" in vocabulary) return vocabulary.pending;
    if (table === "environmentvariabledefinition")
      return Promise.resolve(
        response(
          vocabulary === "none"
            ? []
            : [
                {
                  environmentvariabledefinitionid: definitionId,
                  schemaname: dispositionVocabularyVariable,
                  defaultvalue: vocabulary.defaultValue ?? null,
                },
              ],
        ),
      );
    if (table === "environmentvariablevalue")
      return Promise.resolve(
        response(
          typeof vocabulary === "object" && "currentValue" in vocabulary && vocabulary.currentValue !== undefined
            ? [{ value: vocabulary.currentValue }]
            : [],
        ),
      );
    return Promise.reject(new Error(`unexpected read of ${table}`));
  });
  return mountControl<IInputs, IOutputs>(DispositionChips, context, host);
}

/** Every test starts without the session's list of allowed codes. */
export function startEachTestWithoutVocabulary(): void {
  beforeEach(() => forgetVocabulary());
  afterEach(() => {
    forgetVocabulary();
    document.body.innerHTML = "";
  });
}

/** The codes shown as chips, in order; the "+N" / "Show fewer" item is not a chip. */
export const chipTexts = (): string[] =>
  within(screen.getByRole("list", { name: /Disposition codes|Dispositionscodes/ }))
    .getAllByRole("listitem")
    .filter((item) => !within(item).queryByRole("button", { name: /more code|Show fewer|weiter|Weniger/ }))
    .map((item) => item.querySelector("bdi")?.textContent ?? "");

/** A list of allowed codes as the environment variable holds it. */
export const listOf = (...codes: string[]): string => JSON.stringify(codes);

/** Strips the Unicode isolates around codes in a sentence, for comparing with plain text. */
export const plain = (text: string | null | undefined): string => (text ?? "").replace(/[\u2068\u2069]/g, "");
