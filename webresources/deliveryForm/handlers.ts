import { dispositionCodesChanged, validateDispositionCodes } from "./dispositionValidation";
import { hideEmptyParts } from "./emptyParts";
import { guarded, reportScriptFailure } from "./guard";
import { explainOutcome } from "./outcomeNotification";
import { lockServiceWrittenColumns } from "./readOnlyColumns";
import { savedRecordId } from "./statusRead";

/**
 * The delivery form's handlers, registered with "pass execution context". OnLoad returns
 * nothing on purpose: with async OnLoad enabled the platform would hold the form until the Web
 * API answered, and the read only adds a notification.
 */
export const onLoad = guarded((form, strings) => {
  lockServiceWrittenColumns(form);
  hideEmptyParts(form);
  const id = savedRecordId(form);
  // A new record has no status yet and nothing to read.
  if (id) {
    explainOutcome(form, id, strings).catch((error: unknown) => reportScriptFailure(form, strings, error));
  }
});

/**
 * Stops the save while the disposition text is one the chips would not write. A failure of the
 * script itself lets the save go on (guarded reports it): a bug here must not block saving.
 */
export const onSave = guarded<Xrm.Events.SaveEventContext>((form, strings, executionContext) => {
  if (dispositionCodesChanged(form) && !validateDispositionCodes(form, strings)) {
    executionContext.getEventArgs().preventDefault();
  }
});

/** Says what is wrong as soon as the text changes, rather than only when saving. */
export const onDispositionCodesChange = guarded((form, strings) => {
  validateDispositionCodes(form, strings);
});
