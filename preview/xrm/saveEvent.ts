/// <reference types="xrm" />
/** The save event's arguments: a handler's preventDefault stops the page from writing. */
export function createSaveEventContext(formContext: Xrm.FormContext): Xrm.Events.SaveEventContext {
  let prevented = false;
  const eventArgs: Pick<Xrm.Events.SaveEventArguments, "preventDefault" | "isDefaultPrevented" | "getSaveMode"> = {
    preventDefault: () => {
      prevented = true;
    },
    isDefaultPrevented: () => prevented,
    // 1 is Save (XrmEnum.SaveMode.Save): the page's one Save button.
    getSaveMode: () => 1 as XrmEnum.SaveMode,
  };
  return {
    getFormContext: () => formContext,
    getEventArgs: () => eventArgs,
    getEventSource: () => null,
    getDepth: () => 0,
  } as unknown as Xrm.Events.SaveEventContext;
}
