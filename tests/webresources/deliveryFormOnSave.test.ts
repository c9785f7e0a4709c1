import { onDispositionCodesChange, onSave } from "../../webresources/deliveryForm/handlers";
import { DeliveryNames as D, DispositionCodesMaxLength } from "../../domain/tables/names";
import { attributeOf, controlOf, createDeliveryForm, text } from "./deliveryFormHarness";

const notificationId = "pdx_disposition_codes";

/** A form whose disposition text the user (or the chips) changed to `typed`. */
function formWithTyped(typed: string | null) {
  const form = createDeliveryForm({ [D.dispositionCodes]: '"Stored"' });
  attributeOf(form, D.dispositionCodes).setValue(typed);
  const control = controlOf<Xrm.Controls.StringControl>(form, D.dispositionCodes);
  const setNotification = jest.spyOn(control, "setNotification");
  const clearNotification = jest.spyOn(control, "clearNotification");
  return { ...form, setNotification, clearNotification };
}

function save(form: ReturnType<typeof formWithTyped>) {
  const { context, preventDefault } = form.saveContext();
  expect(() => onSave(context)).not.toThrow();
  return preventDefault;
}

describe("delivery form OnSave", () => {
  it.each(['"PromiseToPay","SpokeToAgent"', "", null])(
    "lets canonical text %p through and clears the message",
    (typed) => {
      const form = formWithTyped(typed);
      expect(save(form)).not.toHaveBeenCalled();
      expect(form.clearNotification).toHaveBeenCalledWith(notificationId);
      expect(form.setNotification).not.toHaveBeenCalled();
    },
  );

  it.each([
    ["A, B, C", text("Disposition_notCanonical", '"A","B"')],
    ['"A", "B"', text("Disposition_notCanonical", '"A","B"')],
    ['"A,B', text("Disposition_unterminatedQuote", 1)],
    ['"A"x,"B"', text("Disposition_textAfterQuote", 4)],
    ['"A","B","A"', text("Disposition_duplicate", "A")],
    ['"A",,"B"', text("Disposition_emptyEntry")],
  ])("stops non-canonical text %p with a field message", (typed, message) => {
    const form = formWithTyped(typed);
    expect(save(form)).toHaveBeenCalledTimes(1);
    expect(form.setNotification).toHaveBeenCalledWith(message, notificationId);
  });

  it("stops text over 1,000 characters, saying how long it is", () => {
    const typed = `"${"x".repeat(DispositionCodesMaxLength)}"`;
    const form = formWithTyped(typed);
    expect(save(form)).toHaveBeenCalledTimes(1);
    expect(form.setNotification).toHaveBeenCalledWith(
      text("Disposition_tooLong", DispositionCodesMaxLength + 2, DispositionCodesMaxLength),
      notificationId,
    );
  });

  it("does not check a value the user did not change (it is not sent)", () => {
    const form = createDeliveryForm({ [D.dispositionCodes]: "legacy, unquoted" });
    const { context, preventDefault } = form.saveContext();
    onSave(context);
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it("clears the message once the text is fixed", () => {
    const form = formWithTyped("A, B");
    expect(save(form)).toHaveBeenCalledTimes(1);
    attributeOf(form, D.dispositionCodes).setValue('"A","B"');
    expect(save(form)).toHaveBeenCalledTimes(0);
    expect(form.clearNotification).toHaveBeenLastCalledWith(notificationId);
  });

  it("lets the save go on and shows a notification when the script itself fails", () => {
    const form = formWithTyped("A, B");
    attributeOf(form, D.dispositionCodes).getValue = () => {
      throw new Error("broken");
    };
    expect(save(form)).not.toHaveBeenCalled();
    expect(form.notifications()).toContainEqual({
      message: text("Script_Failed", "broken"),
      level: "ERROR",
      uniqueId: "pdx_script_failed",
    });
  });

  it("saves when the disposition codes are not on the form", () => {
    const form = createDeliveryForm({});
    attributeOf(form, D.dispositionCodes).controls.forEach(() => undefined);
    form.formContext.getAttribute = (() => null) as unknown as Xrm.FormContext["getAttribute"];
    const { context, preventDefault } = form.saveContext();
    onSave(context);
    expect(preventDefault).not.toHaveBeenCalled();
  });
});

describe("delivery form disposition codes OnChange", () => {
  it("shows what is wrong as soon as the text changes, and clears it when it is right", () => {
    const form = formWithTyped('"A","A"');
    onDispositionCodesChange(form.executionContext);
    expect(form.setNotification).toHaveBeenCalledWith(text("Disposition_duplicate", "A"), notificationId);
    attributeOf(form, D.dispositionCodes).setValue('"A"');
    onDispositionCodesChange(form.executionContext);
    expect(form.clearNotification).toHaveBeenCalledWith(notificationId);
  });
});
