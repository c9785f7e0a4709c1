import { onLoad } from "../../webresources/deliveryForm/handlers";
import { DeliveryNames as D } from "../../domain/tables/names";
import { answerWith, createDeliveryForm, settle, text, type FormValues } from "./deliveryFormHarness";

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

async function load(values: FormValues, status: string) {
  const form = createDeliveryForm(values);
  answerWith(form, { msdyn_status: status, msdyn_to_address: "+15550100" });
  onLoad(form.executionContext);
  await settle();
  return form.notifications().find((notification) => notification.uniqueId === "pdx_outcome");
}

const closedWindow = { [D.windowEndDate]: hoursAgo(1) };

describe("delivery form OnLoad: an SMS delivery speaks of a message, not a call", () => {
  it("says nothing of a delivered SMS whose window closed with no call dates", async () => {
    const values = { ...closedWindow, [D.channel]: "SMS", [D.channelSentDate]: hoursAgo(3), [D.result]: "Delivered" };
    expect(await load(values, "Complete")).toBeUndefined();
    // Still sending, or sent and Expired before a delivery report: no "no call was made" either.
    expect(await load({ ...values, [D.result]: null }, "InProcess")).toBeUndefined();
    expect(await load({ ...values, [D.result]: null }, "Expired")).toEqual(
      expect.objectContaining({ message: text("Outcome_statusExpired") }),
    );
  });

  it("says a message the window closed on was never sent", async () => {
    const notification = await load({ ...closedWindow, [D.channel]: "sms" }, "Pending");
    expect(notification).toEqual({
      message: text("Outcome_windowClosedWithoutMessage"),
      level: "WARNING",
      uniqueId: "pdx_outcome",
    });
    expect(notification?.message).not.toMatch(/call/i);
  });

  it("explains a message that was not delivered as an error", async () => {
    const values = { [D.channel]: "SMS", [D.channelSentDate]: hoursAgo(2), [D.result]: "Not delivered" };
    expect(await load(values, "Complete")).toEqual({
      message: text("Outcome_resultNotDelivered"),
      level: "ERROR",
      uniqueId: "pdx_outcome",
    });
  });

  it("keeps a voice delivery's 'no call was made', sent date or not", async () => {
    const values = { ...closedWindow, [D.channel]: "Voice", [D.channelSentDate]: hoursAgo(2) };
    expect((await load(values, "Expired"))?.message).toBe(text("Outcome_windowClosedWithoutCall"));
    expect((await load(closedWindow, "Expired"))?.message).toBe(text("Outcome_windowClosedWithoutCall"));
  });
});
