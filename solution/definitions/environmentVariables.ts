import {
  dispositionVocabularyDefault,
  dispositionVocabularyVariable,
} from "../../domain/delivery/dispositionVocabulary";
import type { EnvironmentVariableDefinition } from "../model";

/**
 * The list of disposition codes an environment allows: a JSON list of codes, empty by default
 * (any code may be added). Admins set its current value per environment (README, "Allowed
 * disposition codes"); the DispositionChips control reads it through the Web API.
 */
export const allowedDispositionCodes: EnvironmentVariableDefinition = {
  schemaName: dispositionVocabularyVariable,
  displayName: "Allowed disposition codes",
  description:
    'The disposition codes agents may add on a proactive delivery, as a JSON list, for example ["DoNotCall","PromiseToPay"]. The chips suggest them as agents type, match them whatever the case, and mark stored codes outside the list. Empty ([]) allows any code.',
  type: "json",
  defaultValue: dispositionVocabularyDefault,
  isRequired: false,
  introducedVersion: "1.0.0.0",
};

export const experienceEnvironmentVariables: EnvironmentVariableDefinition[] = [allowedDispositionCodes];
