import { screen, within } from "@testing-library/react";
import {
  createScriptedWebApi,
  deliveriesOf,
  mountContactDeliveries,
  settleAll,
  type DeliveryRow,
  type Harness,
} from "./contactDeliveriesHarness";

jest.setTimeout(20_000);

let harness: Harness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
});

const cards = (): HTMLElement[] => Array.from(document.querySelectorAll("ul.pdx-cd-list > li"));

/** Three deliveries, newest first: a delivered SMS, an SMS still InProcess after its window (sent), a call. */
function messageRows(): DeliveryRow[] {
  const [first, second, third] = deliveriesOf(3);
  const sms = (row: DeliveryRow, changes: Partial<DeliveryRow>): DeliveryRow => ({
    ...row,
    msdyn_channel: "SMS",
    msdyn_dialmode_type: null,
    msdyn_start_date: null,
    msdyn_end_date: null,
    msdyn_disposition_codes: null,
    ...changes,
  });
  return [
    sms(first, { msdyn_result: "Delivered", msdyn_channel_sent_date: "2026-11-30T09:04:00Z" }),
    sms(second, { msdyn_status: "InProcess", msdyn_result: null, msdyn_channel_sent_date: "2026-11-29T09:30:00Z" }),
    { ...third, msdyn_channel: "Voice" },
  ];
}

describe("ContactDeliveries: SMS deliveries in their own terms", () => {
  it("shows a message's channel and when it was sent, never 'no call'", async () => {
    harness = mountContactDeliveries(createScriptedWebApi(messageRows()));
    await settleAll(harness);
    const [delivered, sent, call] = cards();
    expect(within(delivered).getByText("Message")).toBeInTheDocument();
    expect(delivered).toHaveTextContent("Sent 11/30/2026, 09:04 AM · delivered");
    expect(delivered).toHaveTextContent("Channel SMS");
    expect(delivered).not.toHaveTextContent(/no call|Dial mode/);
    expect(sent).toHaveTextContent("Sent 11/29/2026, 09:30 AM · no delivery report yet");
    expect(call).toHaveTextContent("Dial mode Progressive");
    expect(call).not.toHaveTextContent("Channel");
  });

  it("does not count a sent or delivered message as needing attention, even past its window", async () => {
    harness = mountContactDeliveries(createScriptedWebApi(messageRows()));
    await settleAll(harness);
    expect(screen.getByText(/none needs attention/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/still active after its window closed/);
  });

  it("counts a message that was not delivered, and flags one delivered with no sent date", async () => {
    const [delivered, , call] = messageRows();
    const rows = [
      { ...delivered, msdyn_result: "Not delivered" },
      {
        ...delivered,
        msdyn_proactive_deliveryid: "d0000000-0000-4000-8000-0000000000aa",
        msdyn_channel_sent_date: null,
      },
      call,
    ];
    harness = mountContactDeliveries(createScriptedWebApi(rows));
    await settleAll(harness);
    expect(screen.getByText(/1 needs attention/)).toBeInTheDocument();
    const [notDelivered, unsent] = cards();
    expect(notDelivered).toHaveTextContent("the message was not delivered");
    expect(unsent).toHaveTextContent("Message delivered");
    expect(unsent).toHaveTextContent("The message has a result or is marked Complete, but no sent date was recorded.");
  });
});
