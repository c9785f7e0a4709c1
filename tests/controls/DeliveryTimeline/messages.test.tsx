import { screen } from "@testing-library/react";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import type { IInputs, IOutputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import { DeliveryNames } from "../../../domain/tables";
import { createMockContext, dateProperty, mountControl, textProperty } from "../../support/pcfContext";
import { definition, mark, plain } from "./queries";

const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);
const deliveryId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";

interface MessageValues {
  channel?: string | null;
  sentDate?: Date | null;
  result?: string | null;
  resultDate?: Date | null;
  callStart?: Date | null;
}

function mountMessage(values: MessageValues, status: string) {
  const context = createMockContext<IInputs>({
    controlName: "DeliveryTimeline",
    entityId: deliveryId,
    parameters: {
      windowStart: dateProperty(at("10:00:00")),
      windowEnd: dateProperty(at("14:00:00")),
      callStart: dateProperty(values.callStart ?? null),
      callEnd: dateProperty(null),
      resultDate: dateProperty(values.resultDate ?? null),
      result: textProperty(values.result ?? null),
      dialMode: textProperty("Progressive"),
      channel: textProperty(values.channel === undefined ? "SMS" : values.channel),
      sentDate: dateProperty(values.sentDate ?? null),
    },
  });
  context.webAPI.retrieveMultipleRecords.mockImplementation(() =>
    Promise.resolve({ entities: [{ [DeliveryNames.status]: status }], nextLink: "" }),
  );
  return mountControl<IInputs, IOutputs>(DeliveryTimeline, context);
}

const story = (): string => plain(document.querySelector('[data-part="story"]')?.textContent);

afterEach(() => {
  jest.restoreAllMocks();
});

describe("DeliveryTimeline: an SMS delivery in its own terms", () => {
  it("shows when a delivered message was sent, and no call", async () => {
    mountMessage({ sentDate: at("10:04:00"), result: "Delivered", resultDate: at("10:04:20") }, "Complete");
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(story()).toBe("Sent 4 min after the window opened · Delivered");
    expect(definition("Message sent")).toBe("3/5/2025, 10:04 AM UTC");
    expect(screen.queryByText("Call start", { selector: "dt > bdi" })).toBeNull();
    expect(screen.queryByText("Call end", { selector: "dt > bdi" })).toBeNull();
    expect(plain(mark("sent")?.getAttribute("aria-label"))).toBe("Message sent: 3/5/2025, 10:04 AM UTC");
    expect(mark("call")).toBeNull();
    expect(screen.queryByRole("region", { name: /issues|anomal/i })).toBeNull();
    expect(document.body).not.toHaveTextContent(/without a call|no call/i);
  });

  it("says a sent message has no delivery report yet, and one that was not delivered", async () => {
    const first = mountMessage({ channel: "sms", sentDate: at("11:00:00") }, "Complete");
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(story()).toBe("Sent 1 h after the window opened · Sent, no delivery report yet");
    first.destroy();
    mountMessage({ sentDate: at("11:00:00"), result: "Not delivered" }, "Complete");
    expect(await screen.findByText("Complete")).toBeInTheDocument();
    expect(story()).toBe("Sent 1 h after the window opened · Not delivered");
  });

  it("warns of a delivered message with no sent date, in words of its own", async () => {
    mountMessage({ result: "Delivered" }, "Complete");
    expect(
      await screen.findByText("The message has a result or is marked Complete, but no sent date was recorded."),
    ).toBeInTheDocument();
    expect(definition("Message sent")).toBe("Not set");
    expect(document.body).not.toHaveTextContent(/no call window, call or result time/);
  });

  it("tells an Expired message never sent as its outcome", async () => {
    mountMessage({}, "Expired");
    expect(await screen.findByText("Expired")).toBeInTheDocument();
    expect(story()).toBe("The delivery window closed before the message was sent, so the delivery expired.");
  });

  it("keeps a voice delivery a call: the sent date is not shown", async () => {
    mountMessage({ channel: "Voice", sentDate: at("10:59:00"), callStart: at("11:00:00") }, "InProcess");
    expect(await screen.findByText("In process")).toBeInTheDocument();
    expect(screen.queryByText("Message sent", { selector: "dt > bdi" })).toBeNull();
    expect(definition("Call start")).toBe("3/5/2025, 11:00 AM UTC");
  });
});
