/**
 * RelatedRecords in hosts that call updateView differently from a form (see unusualHosts):
 * it compares the bound ids itself, so a new id is looked up once whatever updatedProperties
 * says, and a call that changes nothing reads nothing, not even a name that failed before.
 */
import { screen } from "@testing-library/react";
import { RelatedRecordsController } from "../../../controls/RelatedRecords/RelatedRecordsController";
import { textProperty, unusualHosts } from "../../support/pcfContext";
import { createScript, failing, freshId, mountRelated, named, valueOf } from "./relatedRecordsHarness";

afterEach(() => {
  jest.restoreAllMocks();
  document.body.innerHTML = "";
});

describe.each(Object.entries(unusualHosts))("RelatedRecords in a host that %s", (_, host) => {
  it("looks a new id up once and shows its name", async () => {
    const show = jest.spyOn(RelatedRecordsController.prototype, "show");
    const first = freshId();
    const second = freshId();
    const script = createScript();
    script.answer("contact", first, named("contact", "Grace Hopper"));
    script.answer("contact", second, named("contact", "Ada Lovelace"));
    const harness = mountRelated({ contact: first }, script, {}, host);
    await harness.settle();
    expect(screen.getByText("Grace Hopper")).toBeInTheDocument();

    harness.update({ parameters: { contactId: textProperty(second) } });
    await harness.settle();
    expect(screen.getByText("Ada Lovelace")).toBeInTheDocument();
    expect(harness.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(2);
    expect(show).toHaveBeenCalledTimes(2);
    harness.destroy();
  });

  it("reads nothing for calls that change nothing, not even a name that could not be read", async () => {
    const show = jest.spyOn(RelatedRecordsController.prototype, "show");
    const contact = freshId();
    const queue = freshId();
    const script = createScript();
    script.answer("contact", contact, named("contact", "Grace Hopper"));
    script.answer("queue", queue, failing(new TypeError("Failed to fetch")), named("queue", "Back online"));
    const harness = mountRelated({ contact, queue }, script, {}, host);
    await harness.settle();
    expect(harness.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(2);

    harness.update();
    harness.update({ allocatedWidth: 300 });
    harness.update({ parameters: { queueId: textProperty(queue) } });
    harness.context.factory.requestRender();
    await harness.settle();
    expect(harness.context.webAPI.retrieveRecord).toHaveBeenCalledTimes(2);
    expect(show).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Grace Hopper")).toBeInTheDocument();
    expect(valueOf(document.body, "Queue")).toHaveTextContent(
      "The server could not be reached; the name could not be read.",
    );
    harness.destroy();
  });
});
