/**
 * The record a form shows: its values as loaded, the changes controls made through their
 * outputs (unsaved until Save, as on a model-driven form), and save/discard.
 */
import * as React from "react";
import type { StoreTable } from "../data/schema";
import type { Row, RowValue } from "../data/types";
import type { FormRecord } from "../host/controlHost";
import type { PreviewEnvironment } from "./environment";

export interface FormRecordState {
  record: FormRecord | undefined;
  dirty: readonly string[];
  saveError: string | undefined;
  setValue(column: string, value: RowValue): void;
  save(): Promise<void>;
  discard(): void;
}

export function useFormRecord(env: PreviewEnvironment, table: StoreTable, id: string | undefined): FormRecordState {
  const load = React.useCallback((): Row | undefined => {
    const row = id ? env.store.get(table.logicalName, id) : undefined;
    return row ? { ...row } : undefined;
  }, [env, table, id]);
  const [values, setValues] = React.useState<Row | undefined>(load);
  const [dirty, setDirty] = React.useState<string[]>([]);
  const [saveError, setSaveError] = React.useState<string>();

  React.useEffect(() => {
    setValues(load());
    setDirty([]);
    setSaveError(undefined);
  }, [load]);

  const record = React.useMemo(() => (values && id ? { table, id, values } : undefined), [values, id, table]);

  return {
    record,
    dirty,
    saveError,
    setValue: (column, value) => {
      setValues((current) => (current ? { ...current, [column]: value } : current));
      setDirty((current) => (current.includes(column) ? current : [...current, column]));
    },
    save: async () => {
      if (!id || !values) return;
      const changes = Object.fromEntries(dirty.map((column) => [column, values[column]]));
      try {
        await env.webAPI.updateRecord(table.logicalName, id, changes);
        setSaveError(undefined);
        setValues(load());
        setDirty([]);
      } catch (error) {
        setSaveError(error instanceof Error ? error.message : String(error));
      }
    },
    discard: () => {
      setValues(load());
      setDirty([]);
      setSaveError(undefined);
    },
  };
}
