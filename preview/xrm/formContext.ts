/// <reference types="xrm" />
/**
 * Xrm.FormContext over a FormState: the calls the form scripts make (grep webresources/ for
 * them), each typed as its @types/xrm member, so a script that type-checks against the platform
 * finds the same shapes here. Anything else is absent and fails loudly in the browser tests.
 */
import type { FormState } from "./formState";

export type OnChangeHandler = (context: Xrm.Events.EventContext) => void;

type Control = Pick<
  Xrm.Controls.StringControl,
  "getName" | "getDisabled" | "setDisabled" | "getVisible" | "setVisible" | "setNotification" | "clearNotification"
>;

type Attribute = Pick<
  Xrm.Attributes.Attribute,
  "getName" | "getValue" | "getIsDirty" | "addOnChange" | "removeOnChange"
>;

/** The collections scripts walk: forEach and get by name or index. */
function collection<T extends { getName(): string }>(items: T[]) {
  return {
    forEach: (visit: (item: T, index: number) => void) => items.forEach(visit),
    get: (key?: string | number) => {
      if (key === undefined) return items;
      return typeof key === "number" ? items[key] : (items.find((item) => item.getName() === key) ?? null);
    },
    getLength: () => items.length,
  };
}

function controlOf(state: FormState, column: string): Control {
  const control = state.controls.get(column)!;
  return {
    getName: () => column,
    getDisabled: () => control.disabled,
    setDisabled: (disabled) => {
      control.disabled = disabled;
      state.changed();
    },
    getVisible: () => control.visible,
    setVisible: (visible) => {
      control.visible = visible;
      state.changed();
    },
    setNotification: (message, uniqueId = "") => {
      control.notifications.set(uniqueId, message);
      state.changed();
      return true;
    },
    clearNotification: (uniqueId) => {
      const cleared = uniqueId === undefined ? control.notifications.size > 0 : control.notifications.delete(uniqueId);
      if (uniqueId === undefined) control.notifications.clear();
      state.changed();
      return cleared;
    },
  };
}

export interface PreviewFormContext {
  formContext: Xrm.FormContext;
  /** Runs the attribute's change handlers, as the platform does after the user changes a value. */
  fireOnChange(column: string): void;
}

export function createFormContext(state: FormState, entity: { table: string; id: string }): PreviewFormContext {
  const handlers = new Map<string, OnChangeHandler[]>();
  const controls = new Map(state.columns.map((column) => [column, controlOf(state, column)]));
  const attributes = state.columns.map((column): Attribute & { controls: ReturnType<typeof collection<Control>> } => ({
    getName: () => column,
    getValue: () => state.values.get(column) ?? null,
    getIsDirty: () => state.dirty.has(column),
    addOnChange: (handler) => {
      handlers.set(column, [...(handlers.get(column) ?? []), handler as OnChangeHandler]);
    },
    removeOnChange: (handler) => {
      handlers.set(
        column,
        (handlers.get(column) ?? []).filter((candidate) => candidate !== handler),
      );
    },
    // Each column has one cell on the delivery form; header cells would add controls here.
    controls: collection([controls.get(column)!]),
  }));
  const tabs = state.layout.tabs.map((tab) => {
    const part = state.tab(tab.name)!;
    const sections = tab.sections.map((section) => {
      const sectionPart = state.section(tab.name, section.name)!;
      const value: Pick<Xrm.Controls.Section, "getName" | "getVisible" | "setVisible" | "getLabel" | "setLabel"> = {
        getName: () => section.name,
        getVisible: () => sectionPart.visible,
        setVisible: (visible) => {
          sectionPart.visible = visible;
          state.changed();
        },
        getLabel: () => sectionPart.label,
        setLabel: (label) => {
          sectionPart.label = label;
          state.changed();
        },
      };
      return value;
    });
    const value: Pick<Xrm.Controls.Tab, "getName" | "getVisible" | "setVisible" | "getLabel" | "setLabel"> & {
      sections: ReturnType<typeof collection<(typeof sections)[number]>>;
    } = {
      getName: () => tab.name,
      getVisible: () => part.visible,
      setVisible: (visible) => {
        part.visible = visible;
        state.changed();
      },
      getLabel: () => part.label,
      setLabel: (label) => {
        part.label = label;
        state.changed();
      },
      sections: collection(sections),
    };
    return value;
  });

  const ui: Pick<Xrm.Ui, "setFormNotification" | "clearFormNotification"> & {
    tabs: ReturnType<typeof collection<(typeof tabs)[number]>>;
    controls: ReturnType<typeof collection<Control>>;
  } = {
    setFormNotification: (message, level, uniqueId) => {
      state.setNotification({ id: uniqueId, message, level });
      return true;
    },
    clearFormNotification: (uniqueId) => state.clearNotification(uniqueId),
    tabs: collection(tabs),
    controls: collection([...controls.values()]),
  };
  const entityApi: Pick<Xrm.Entity, "getId" | "getEntityName"> & {
    attributes: ReturnType<typeof collection<(typeof attributes)[number]>>;
  } = {
    // The platform gives a saved record's id in braces and upper case; a new record's is "".
    getId: () => (entity.id ? `{${entity.id.toUpperCase()}}` : ""),
    getEntityName: () => entity.table,
    attributes: collection(attributes),
  };

  const formContext = {
    data: { entity: entityApi },
    ui,
    getAttribute: (name: string) => attributes.find((attribute) => attribute.getName() === name) ?? null,
    getControl: (name: string) => controls.get(name) ?? null,
  } as unknown as Xrm.FormContext;

  const eventContext = (): Xrm.Events.EventContext =>
    ({
      getFormContext: () => formContext,
      getEventSource: () => null,
      getDepth: () => 0,
    }) as unknown as Xrm.Events.EventContext;

  return {
    formContext,
    fireOnChange: (column) => {
      for (const handler of handlers.get(column) ?? []) handler(eventContext());
    },
  };
}
