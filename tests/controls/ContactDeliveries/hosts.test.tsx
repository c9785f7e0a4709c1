/**
 * ContactDeliveries in hosts that call updateView differently from a form (see unusualHosts):
 * it reads the form's row from contextInfo on every call, so moving to another contact reads
 * that contact's deliveries once whatever updatedProperties says, and a call that changes
 * nothing asks the Web API nothing and changes no state.
 */
import { screen } from "@testing-library/react";
import type { ContactDeliveriesController } from "../../../controls/ContactDeliveries/ContactDeliveriesController";
import { textProperty, unusualHosts } from "../../support/pcfContext";
import {
  createScriptedWebApi,
  deliveriesOf,
  deliveryIdOf,
  mountContactDeliveries,
  settleAll,
  type Harness,
} from "./contactDeliveriesHarness";

jest.setTimeout(20_000);

const cards = (): HTMLElement[] =>
  Array.from(document.querySelector("ul.pdx-cd-list")?.children ?? []) as HTMLElement[];

function storeOf(harness: Harness): ContactDeliveriesController["store"] {
  return (harness.control as unknown as { controller: ContactDeliveriesController }).controller.store;
}

let harness: Harness | undefined;
afterEach(() => {
  harness?.destroy();
  harness = undefined;
  jest.restoreAllMocks();
});

describe.each(Object.entries(unusualHosts))("ContactDeliveries in a host that %s", (_, host) => {
  it("reads the deliveries of the contact the form moves to, once", async () => {
    const other = "0b6e4a10-9d1c-4e3f-8a2b-7c5d6e7f8a90";
    const api = createScriptedWebApi([
      ...deliveriesOf(2),
      { ...deliveriesOf(1)[0], msdyn_proactive_deliveryid: deliveryIdOf(99), msdyn_contact_id: other },
    ]);
    harness = mountContactDeliveries(api, {}, host);
    await settleAll(harness);
    expect(cards()).toHaveLength(2);
    expect(api.requests).toHaveLength(2);

    harness.update({ entityId: `{${other}}` });
    expect(screen.getByText("Loading proactive deliveries…")).toBeInTheDocument();
    await settleAll(harness);
    expect(cards().map((card) => card.dataset.deliveryId)).toEqual([deliveryIdOf(99)]);
    expect(api.requests).toHaveLength(4);
  });

  it("asks nothing and changes nothing for calls that change nothing", async () => {
    const api = createScriptedWebApi(deliveriesOf(3));
    harness = mountContactDeliveries(api, {}, host);
    await settleAll(harness);
    expect(api.requests).toHaveLength(2);
    const set = jest.spyOn(storeOf(harness), "set");

    harness.update();
    harness.update({ allocatedWidth: 420 });
    harness.update({ parameters: { contactName: textProperty("Ada Lovelace") } });
    harness.context.factory.requestRender();
    await settleAll(harness);
    expect(api.requests).toHaveLength(2);
    expect(set).not.toHaveBeenCalled();
    expect(cards()).toHaveLength(3);
  });

  it("names the contact the form shows now in the control's label", async () => {
    harness = mountContactDeliveries(createScriptedWebApi([]), { contactName: "Grace Hopper" }, host);
    await settleAll(harness);
    harness.update({ parameters: { contactName: textProperty("Grace Brewster Hopper") } });
    expect(screen.getByRole("group", { name: "Proactive deliveries of Grace Brewster Hopper" })).toBeInTheDocument();
  });
});
