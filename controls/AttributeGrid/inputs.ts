/**
 * The manifest's inputs and outputs, written out so type checking does not depend on the
 * file pcf-scripts generates (and so index.ts keeps the single export pcf-scripts allows).
 */
export interface IInputs {
  attributes: ComponentFramework.PropertyTypes.DataSet;
}

export type IOutputs = Record<string, never>;
