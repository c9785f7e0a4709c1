import { onLoad } from "../../webresources/deliveryForm/handlers";
import { DeliveryNames as D } from "../../domain/tables/names";
import {
  answerWith,
  controlOf,
  sectionOf,
  tabOf,
  createDeliveryForm,
  deliveryId,
  formFields,
  settle,
  text,
  type FormValues,
} from "./deliveryFormHarness";

const hourAgo = () => new Date(Date.now() - 3_600_000);
const inAnHour = () => new Date(Date.now() + 3_600_000);

async function load(values: FormValues, row: Record<string, unknown> | undefined) {
  const form = createDeliveryForm(values);
  answerWith(form, row);
  onLoad(form.executionContext);
  await settle();
  return form;
}

const outcome = (form: ReturnType<typeof createDeliveryForm>) =>
  form.notifications().find((notification) => notification.uniqueId === "pdx_outcome");

describe("delivery form OnLoad: the status read", () => {
  it("reads status and destination with one query filtered on the primary key", async () => {
    const form = await load({}, { msdyn_status: "Complete", msdyn_to_address: "+15550100" });
    expect(form.retrieveMultipleRecords).toHaveBeenCalledTimes(1);
    expect(form.retrieveMultipleRecords).toHaveBeenCalledWith(
      "msdyn_proactive_delivery",
      `?$select=msdyn_status,msdyn_to_address&$filter=msdyn_proactive_deliveryid eq ${deliveryId.toUpperCase()}&$top=1`,
    );
  });

  it("reads nothing on a new record", async () => {
    const form = createDeliveryForm({}, { id: "" });
    onLoad(form.executionContext);
    await settle();
    expect(form.retrieveMultipleRecords).not.toHaveBeenCalled();
    expect(form.notifications()).toEqual([]);
  });

  it("shows the destination number in the Routing section's label and never writes the column", async () => {
    const form = await load({}, { msdyn_status: "Complete", msdyn_to_address: " +15550100 " });
    const routing = sectionOf(form, "tab_summary", "section_routing");
    expect(routing.getLabel()).toBe(text("Routing_SectionLabel", "+15550100"));
    expect(form.formContext.getAttribute(D.toAddress)).toBeNull();
  });

  it("keeps the Routing label when there is no destination", async () => {
    const form = await load({}, { msdyn_status: "Complete", msdyn_to_address: null });
    expect(sectionOf(form, "tab_summary", "section_routing").getLabel()).toBe("Routing");
  });
});

describe("delivery form OnLoad: why a delivery did not succeed", () => {
  it.each([
    ["Complete", "CallEnded"],
    ["Complete", "LiveAnswer"],
    ["Pending", null],
    ["InProcess", null],
  ])("shows nothing for status %s with result %s", async (status, result) => {
    const form = await load({ [D.result]: result, [D.windowEndDate]: inAnHour() }, { msdyn_status: status });
    expect(form.notifications()).toEqual([]);
  });

  it.each([
    ["Error", null, "ERROR", [text("Outcome_statusError")]],
    ["Expired", null, "WARNING", [text("Outcome_statusExpired")]],
    ["Cancelled", null, "INFO", [text("Outcome_statusCancelled")]],
    ["Complete", "CallFailed", "ERROR", [text("Outcome_resultCallFailed")]],
    ["Complete", "BotFailed", "ERROR", [text("Outcome_resultBotFailed")]],
    ["Complete", "Error", "ERROR", [text("Outcome_resultError")]],
    ["Error", "CallFailed", "ERROR", [text("Outcome_statusError"), text("Outcome_resultCallFailed")]],
    ["Paused", null, "WARNING", ["Status 'Paused' is not one this form knows."]],
    ["Complete", "Voicemail", "WARNING", ["Result 'Voicemail' is not one this form knows."]],
    [
      "Paused",
      "Voicemail",
      "WARNING",
      [text("Outcome_unknownStatus", "Paused"), text("Outcome_unknownResult", "Voicemail")],
    ],
  ])("explains status %s with result %s", async (status, result, level, sentences) => {
    const form = await load({ [D.result]: result, [D.windowEndDate]: inAnHour() }, { msdyn_status: status });
    expect(form.notifications()).toEqual([{ message: sentences.join(" "), level, uniqueId: "pdx_outcome" }]);
  });

  it.each(["Pending", "InProcess", "Expired"])("says the window closed with no call (status %s)", async (status) => {
    const form = await load({ [D.windowEndDate]: hourAgo() }, { msdyn_status: status });
    expect(outcome(form)).toEqual({
      message: text("Outcome_windowClosedWithoutCall"),
      level: "WARNING",
      uniqueId: "pdx_outcome",
    });
  });

  it("does not say the window closed with no call when a call started", async () => {
    const form = await load({ [D.windowEndDate]: hourAgo(), [D.startDate]: hourAgo() }, { msdyn_status: "InProcess" });
    expect(outcome(form)).toBeUndefined();
  });
});

describe("delivery form OnLoad: a failed status read", () => {
  const failing = async (error: unknown, values: FormValues = {}) => {
    const form = createDeliveryForm(values);
    form.retrieveMultipleRecords.mockRejectedValue(error);
    expect(() => onLoad(form.executionContext)).not.toThrow();
    await settle();
    return form;
  };
  const readNotice = (form: ReturnType<typeof createDeliveryForm>) =>
    form.notifications().find((notification) => notification.uniqueId === "pdx_status_read");

  it.each([
    [
      "403",
      { errorCode: -2147220960, message: "Principal user is missing prvReadmsdyn_proactive_delivery", status: 403 },
      "StatusRead_forbidden",
    ],
    ["404", { errorCode: -2147220969, message: "Does Not Exist", status: 404 }, "StatusRead_notFound"],
    [
      "429",
      { errorCode: -2147015902, message: "Number of requests exceeded the limit", status: 429 },
      "StatusRead_throttled",
    ],
    ["offline", { errorCode: 0, message: "Network request failed", status: 0 }, "StatusRead_offline"],
  ])("says what failed (%s)", async (_name, error, key) => {
    const form = await failing(error);
    expect(readNotice(form)).toEqual({ message: text(key), level: "WARNING", uniqueId: "pdx_status_read" });
  });

  it("quotes the platform's message for any other failure (500)", async () => {
    const form = await failing({ errorCode: -2147204784, message: "Generic SQL error.", status: 500 });
    expect(readNotice(form)?.message).toBe(text("StatusRead_other", "Generic SQL error."));
  });

  it("treats a query that finds no row as not found", async () => {
    const form = await load({}, undefined);
    expect(readNotice(form)?.message).toBe(text("StatusRead_notFound"));
  });

  it("still explains the result column when the status could not be read", async () => {
    const form = await failing({ status: 500, message: "x" }, { [D.result]: "BotFailed" });
    expect(outcome(form)?.message).toBe(text("Outcome_resultBotFailed"));
  });

  it("clears an earlier read failure once a read succeeds", async () => {
    const form = await failing({ status: 429 });
    answerWith(form, { msdyn_status: "Complete" });
    onLoad(form.executionContext);
    await settle();
    expect(readNotice(form)).toBeUndefined();
  });
});

describe("delivery form OnLoad: read-only and hidden parts", () => {
  const filled = (): FormValues =>
    Object.fromEntries(
      formFields().map(({ column }) => [column, column.endsWith("_date") ? hourAgo() : `value of ${column}`]),
    );

  it("makes every control of a service-written column read-only and leaves the disposition codes editable", async () => {
    const form = await load(filled(), { msdyn_status: "Complete" });
    for (const { column } of formFields()) {
      for (const name of [column, `header_${column}`]) {
        const control = controlOf(form, name);
        expect({ name, disabled: control.getDisabled() }).toEqual({
          name,
          disabled: column !== D.dispositionCodes,
        });
      }
    }
  });

  it("hides nothing when every column has data", async () => {
    const form = await load(filled(), { msdyn_status: "Complete" });
    form.formContext.ui.tabs.forEach((tab) => {
      expect(tab.getVisible()).toBe(true);
      tab.sections.forEach((section) =>
        expect({ section: section.getName(), visible: section.getVisible() }).toEqual({
          section: section.getName(),
          visible: true,
        }),
      );
    });
    form.formContext.ui.controls.forEach((control) =>
      expect((control as Xrm.Controls.StandardControl).getVisible()).toBe(true),
    );
  });

  it("hides the call's times when there was no call and the journey ids without a journey", async () => {
    const values = filled();
    for (const column of [D.startDate, D.endDate, D.journeyId, D.journeyRunId]) values[column] = null;
    const form = await load(values, { msdyn_status: "Expired" });
    const hidden = formFields()
      .map(({ column }) => column)
      .filter((column) => !controlOf(form, column).getVisible());
    expect(hidden.sort()).toEqual([D.endDate, D.journeyId, D.journeyRunId, D.startDate].sort());
    expect(sectionOf(form, "tab_summary", "section_timing").getVisible()).toBe(true);
  });

  it("hides the timing section and the identifiers tab only when every column of them is empty", async () => {
    const values: FormValues = { [D.deliveryId]: "D-1", [D.contactId]: "c", [D.windowStartDate]: hourAgo() };
    const form = await load(values, { msdyn_status: "Pending" });
    const summary = tabOf(form, "tab_summary");
    expect(sectionOf(form, "tab_summary", "section_timing").getVisible()).toBe(false);
    expect(tabOf(form, "tab_identifiers").getVisible()).toBe(false);
    expect(sectionOf(form, "tab_identifiers", "section_identifiers").getVisible()).toBe(false);
    // Sections holding a code component never hide.
    for (const name of ["section_timeline", "section_outcome", "section_routing"]) {
      expect({ name, visible: sectionOf(form, "tab_summary", name).getVisible() }).toEqual({ name, visible: true });
    }
    expect(summary.getVisible()).toBe(true);
  });

  it("keeps the identifiers tab when one id is set", async () => {
    const form = await load({ [D.trackingId]: "T-1" }, { msdyn_status: "Complete" });
    expect(tabOf(form, "tab_identifiers").getVisible()).toBe(true);
    expect(sectionOf(form, "tab_identifiers", "section_identifiers").getVisible()).toBe(true);
  });
});

describe("delivery form OnLoad: never a script error dialog", () => {
  it("turns an exception into a form notification", async () => {
    const form = createDeliveryForm({});
    form.formContext.ui.tabs.get = () => {
      throw new Error("tabs unavailable");
    };
    answerWith(form, { msdyn_status: "Complete" });
    expect(() => onLoad(form.executionContext)).not.toThrow();
    await settle();
    expect(form.notifications()).toContainEqual({
      message: text("Script_Failed", "tabs unavailable"),
      level: "ERROR",
      uniqueId: "pdx_script_failed",
    });
  });

  it("does nothing without an execution context", () => {
    createDeliveryForm({});
    expect(() => onLoad(undefined as unknown as Xrm.Events.EventContext)).not.toThrow();
  });
});
