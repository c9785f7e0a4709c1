/**
 * How each control is given a catalogue input (cases.ts), through the same harnesses its own
 * tests use: pcf-host's platform from tests/support/pcfContext, a scripted or sample Web API.
 * A driver knows where its control shows free text, which message it gives for each failure
 * (from its own resx) and what "the rest of the control works" means for it; the assertions
 * themselves are catalogue.test.tsx's, the same for every control.
 */
import { act, screen } from "@testing-library/react";
import { AttributeTypeChoice } from "../../../domain/tables/names";
import { DeliveryNames } from "../../../domain/tables";
import { serializeDispositionCodes } from "../../../domain/delivery/dispositionSerialize";
import { DeliveryTimeline } from "../../../controls/DeliveryTimeline";
import type { IInputs as TimelineInputs } from "../../../controls/DeliveryTimeline/generated/ManifestTypes";
import {
  createMockContext,
  dateProperty,
  mountControl,
  textProperty,
  type ControlHarness,
} from "../../support/pcfContext";
import { loadResx } from "../../support/resx";
import { attribute, attributesDataset, mountGrid } from "../AttributeGrid/fixtures";
import {
  attributesOf,
  createScriptedWebApi,
  deliveriesOf,
  mountContactDeliveries,
  settleAll as settleDeliveries,
  type AttributeRow,
} from "../ContactDeliveries/contactDeliveriesHarness";
import {
  createInsightsApi,
  mountInsights,
  sampleData,
  settleAll as settleInsights,
} from "../DeliveryInsights/insightsHarness";
import { mountChips } from "../DispositionChips/chipsHarness";
import { createScript, failing, freshId, mountRelated, named } from "../RelatedRecords/relatedRecordsHarness";
import type { ControlName, Failure, Input, WebApiFault } from "./cases";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each control's own IInputs/IOutputs
type AnyHarness = ControlHarness<any, any>;

export interface Mounted {
  harness: AnyHarness;
  /** Lets Web API answers and the renders they cause arrive. */
  settle(): Promise<void>;
  /** How many reads the control has sent (for waits before a retry). */
  reads(): number;
}

export interface Driver {
  name: ControlName;
  /** The input kinds this control takes; every case of such a kind must list the control. */
  kinds: ReadonlySet<Input["kind"]>;
  /** The control's English strings (its 1033 resx). */
  text(key: string, ...values: string[]): string;
  mount(input: Input): Mounted;
  /** What the control shows for a null or empty value. */
  emptyText?: string;
  /** The control's message for a failure. */
  failureText?(failure: Failure, error: Record<string, unknown>): string;
  /** Fails the test unless the parts of the control the failure did not touch still show. */
  expectRestWorks?(): void;
  /** Fails the test unless the data a retried read brought shows. */
  expectData?(): void;
  /** The error boundary's message and retry label (resx keys). */
  boundary: { message: string; retry: string };
  /** The control's message for an id that is no GUID. */
  malformedText?(value: string): string;
  /** The module and export of a component inside the view, made to throw for the render case. */
  renderTarget: { module: string; name: string };
  /** Whether the control waits for Retry-After and reads again by itself (else it explains the wait). */
  retriesAfterWait: boolean;
}

function textsOf(control: ControlName): (key: string, ...values: string[]) => string {
  const strings = loadResx(control, 1033);
  if (!strings) throw new Error(`no resx for ${control}`);
  return (key, ...values) => {
    const text = strings.get(key);
    if (text === undefined) throw new Error(`${control} has no string ${key}`);
    return values.reduce((result, value, index) => result.replace(`{${index}}`, value), text);
  };
}

/** The error the Web API rejects with for a fault: a status error, Retry-After, or a timeout. */
export function faultError(fault: WebApiFault): Record<string, unknown> {
  if (fault.kind === "status") return fault.error;
  if (fault.kind === "throttled")
    return {
      status: 429,
      errorCode: -2147015902,
      message: "Number of requests exceeded the limit",
      headers: { "Retry-After": String(fault.retryAfterSeconds) },
    };
  return { status: 0, message: "The request timed out." };
}

/** A read that fails as the fault says: at once, or (timeout) after a delay of the fake clock. */
function failWith<T>(fault: WebApiFault): Promise<T> {
  const error = faultError(fault);
  if (fault.kind !== "timeout") return Promise.reject(error);
  return new Promise<T>((_resolve, reject) => setTimeout(() => reject(error), fault.afterMs));
}

const deliveryId = "7d4c1a52-3b7e-4f0a-9c11-2f5e8d6a0b01";
const at = (time: string): Date => new Date(`2025-03-05T${time}Z`);

/** ContactDeliveries: the newest delivery's attributes carry the text; faults hit the attributes read. */
const contactDeliveries = (): Driver => {
  const text = textsOf("ContactDeliveries");
  return {
    name: "ContactDeliveries",
    boundary: { message: "Error_Boundary", retry: "Retry" },
    // The form gives the id in braces; the message names it without them.
    malformedText: (value) => text("NoContact_malformed", value.replace(/^\{|\}$/g, "")),
    kinds: new Set(["text", "unknownChoice", "malformedId", "manyAttributes", "webApi", "renderError"]),
    text,
    emptyText: text("Empty_Value"),
    retriesAfterWait: true,
    renderTarget: { module: "../../../controls/ContactDeliveries/DeliveryList", name: "DeliveryList" },
    mount(input) {
      const deliveries = deliveriesOf(3);
      let attributes = attributesOf(deliveries);
      if (input.kind === "text")
        attributes = [
          {
            msdyn_proactive_delivery_attributeid: "a0000000-0000-4000-8000-00000000c0de",
            delivery: deliveries[0].msdyn_proactive_deliveryid,
            msdyn_keyword: "Note",
            msdyn_value: input.value,
            msdyn_type: AttributeTypeChoice.input,
          },
          ...attributes,
        ];
      if (input.kind === "unknownChoice") {
        const column = { status: "msdyn_status", result: "msdyn_result", dialMode: "msdyn_dialmode_type" } as const;
        deliveries[0][column[input.column]] = input.value;
      }
      if (input.kind === "manyAttributes")
        attributes = Array.from({ length: input.count }, (_, index): AttributeRow => ({
          msdyn_proactive_delivery_attributeid: `a0000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`,
          delivery: deliveries[0].msdyn_proactive_deliveryid,
          msdyn_keyword: `Keyword${index}`,
          msdyn_value: `Value ${index}`,
          msdyn_type: index % 2 ? AttributeTypeChoice.result : AttributeTypeChoice.input,
        }));
      const api = createScriptedWebApi(deliveries, attributes);
      const answer = api.retrieveMultipleRecords;
      let attributeReads = 0;
      if (input.kind === "webApi")
        api.retrieveMultipleRecords = (entityType, options, maxPageSize) => {
          if (entityType !== "msdyn_proactive_delivery_attribute") return answer(entityType, options, maxPageSize);
          attributeReads += 1;
          if (input.fault.kind === "throttled" && attributeReads > 1) return answer(entityType, options, maxPageSize);
          api.requests.push({ entityType, options: options ?? "" });
          return failWith(input.fault);
        };
      const harness = mountContactDeliveries(api, input.kind === "malformedId" ? { entityId: input.value } : {});
      return { harness, settle: () => settleDeliveries(harness), reads: () => api.requests.length };
    },
    failureText: (failure, error) =>
      failure === "notFound" || failure === "other"
        ? text("Failure_other", String(error.message)).trim()
        : text(`Failure_${failure}`),
    expectRestWorks: () => {
      // The list of deliveries still shows; only the attributes could not be read.
      expect(document.querySelectorAll(".pdx-cd-item")).toHaveLength(3);
    },
    expectData: () => expect(screen.getByText("Customer 0")).toBeInTheDocument(),
  };
};

/** AttributeGrid: the form's subgrid of attributes; one attribute carries the text. */
const attributeGrid = (): Driver => {
  const text = textsOf("AttributeGrid");
  return {
    name: "AttributeGrid",
    boundary: { message: "Error_Boundary", retry: "Error_Retry" },
    kinds: new Set(["text", "manyAttributes", "renderError"]),
    text,
    emptyText: text("Empty_Value"),
    retriesAfterWait: false,
    renderTarget: { module: "../../../controls/shared/attributeList/AttributeList", name: "AttributeList" },
    mount(input) {
      const specs =
        input.kind === "text"
          ? [attribute("Note", input.value), attribute("CustomerName", "Ada")]
          : input.kind === "manyAttributes"
            ? Array.from({ length: input.count }, (_, index) => attribute(`Keyword${index}`, `Value ${index}`))
            : [attribute("CustomerName", "Ada"), attribute("AmountDue", "120.50")];
      const harness = mountGrid(attributesDataset(specs));
      return {
        harness,
        settle: async () => {
          for (let round = 0; round < 4; round += 1) await harness.settle();
        },
        reads: () => 0,
      };
    },
  };
};

/** DeliveryTimeline: the status the Web API answers carries the text; the status read takes the fault. */
const deliveryTimeline = (): Driver => {
  const text = textsOf("DeliveryTimeline");
  const failureKeys: Record<Failure, string> = {
    throttled: "Status_Failed_Throttled",
    forbidden: "Status_Failed_Forbidden",
    notFound: "Status_Failed_NotFound",
    offline: "Status_Failed_Offline",
    other: "Status_Failed_Other",
  };
  return {
    name: "DeliveryTimeline",
    boundary: { message: "Error_Render", retry: "Status_Retry" },
    kinds: new Set(["text", "unknownChoice", "webApi", "renderError"]),
    text,
    emptyText: text("Value_Empty"),
    retriesAfterWait: false,
    renderTarget: { module: "../../../controls/DeliveryTimeline/DateList", name: "DateList" },
    mount(input) {
      const status =
        input.kind === "text"
          ? input.value
          : input.kind === "unknownChoice" && input.column === "status"
            ? input.value
            : "Complete";
      const choice = (column: "result" | "dialMode", fallback: string): string =>
        input.kind === "unknownChoice" && input.column === column ? input.value : fallback;
      const context = createMockContext<TimelineInputs>({
        controlName: "DeliveryTimeline",
        entityId: deliveryId,
        parameters: {
          windowStart: dateProperty(at("10:00:00")),
          windowEnd: dateProperty(at("14:00:00")),
          callStart: dateProperty(at("11:00:00")),
          callEnd: dateProperty(at("11:12:30")),
          resultDate: dateProperty(at("11:13:00")),
          result: textProperty(choice("result", "CallEnded")),
          dialMode: textProperty(choice("dialMode", "Progressive")),
        },
      });
      context.webAPI.retrieveMultipleRecords.mockImplementation(() =>
        input.kind === "webApi"
          ? failWith(input.fault)
          : Promise.resolve({ entities: [{ [DeliveryNames.status]: status }], nextLink: "" }),
      );
      const harness = mountControl(DeliveryTimeline, context);
      return {
        harness,
        settle: async () => {
          for (let round = 0; round < 3; round += 1) await harness.settle();
        },
        reads: () => context.webAPI.retrieveMultipleRecords.mock.calls.length,
      };
    },
    failureText: (failure) => text(failureKeys[failure]),
    expectRestWorks: () => {
      // The dates and the picture come from the form's columns, not the failed read.
      expect(document.querySelector("dl")).not.toBeNull();
      expect(screen.getByRole("button", { name: text("Status_Retry") })).toBeInTheDocument();
    },
  };
};

/** DispositionChips: the stored text holds one code with the text; the allowed-codes read takes the fault. */
const dispositionChips = (): Driver => {
  const text = textsOf("DispositionChips");
  return {
    name: "DispositionChips",
    boundary: { message: "Error_Render", retry: "Error_Retry" },
    kinds: new Set(["text", "webApi", "renderError"]),
    text,
    emptyText: text("Empty"),
    retriesAfterWait: false,
    renderTarget: { module: "../../../controls/DispositionChips/ProblemNotes", name: "ProblemNotes" },
    mount(input) {
      // The text as one code, written as the control writes the column (" and \\ escaped).
      const stored =
        input.kind !== "text"
          ? '"Reached","Paid"'
          : input.value
            ? serializeDispositionCodes([input.value])
            : input.value;
      const harness = mountChips(stored, {
        maxLength: 10_000,
        vocabulary:
          input.kind === "webApi"
            ? input.fault.kind === "timeout"
              ? { pending: failWith(input.fault) }
              : { failure: faultError(input.fault) }
            : "none",
      });
      return {
        harness,
        settle: async () => {
          for (let round = 0; round < 3; round += 1) await harness.settle();
        },
        reads: () => harness.context.webAPI.retrieveMultipleRecords.mock.calls.length,
      };
    },
    // The list of allowed codes is optional: whatever failed, the chips say they allow any code for now.
    failureText: () => text("Vocabulary_Unavailable"),
    expectRestWorks: () => {
      expect(screen.getByText("Reached")).toBeInTheDocument();
      expect(screen.getByRole("textbox", { name: text("Add_Label") })).toBeInTheDocument();
    },
  };
};

/** RelatedRecords: the contact's name carries the text; the contact's read takes the fault, the queue's does not. */
const relatedRecords = (): Driver => {
  const text = textsOf("RelatedRecords");
  return {
    name: "RelatedRecords",
    boundary: { message: "Error_Render", retry: "Error_Retry" },
    malformedText: () => text("Reason_malformed"),
    kinds: new Set(["text", "malformedId", "webApi", "renderError"]),
    text,
    emptyText: text("Name_Empty"),
    retriesAfterWait: true,
    renderTarget: { module: "../../../controls/RelatedRecords/RelatedRow", name: "RelatedRow" },
    mount(input) {
      const script = createScript();
      const contact = input.kind === "malformedId" ? input.value : freshId();
      const queue = freshId();
      if (input.kind === "webApi") {
        const fault = input.fault;
        script.answer(
          "contact",
          contact,
          ...(fault.kind === "throttled"
            ? [failing(faultError(fault)), named("contact", "Ada Lovelace")]
            : [() => failWith<ComponentFramework.WebApi.Entity>(fault)]),
        );
      } else if (input.kind !== "malformedId") {
        script.answer("contact", contact, named("contact", input.kind === "text" ? input.value : "Ada Lovelace"));
      }
      script.answer("queue", queue, named("queue", "Collections"));
      const harness = mountRelated({ contact, queue }, script);
      return {
        harness,
        settle: async () => {
          for (let round = 0; round < 3; round += 1) await harness.settle();
        },
        reads: () => harness.context.webAPI.retrieveRecord.mock.calls.length,
      };
    },
    failureText: (failure) => text(`Reason_${failure}`, text("Label_contact")),
    expectRestWorks: () => expect(screen.getByText("Collections")).toBeInTheDocument(),
    expectData: () => expect(screen.getByText("Ada Lovelace")).toBeInTheDocument(),
  };
};

/** DeliveryInsights: the sample Web API answers; a fault fails every read of the deliveries. */
const deliveryInsights = (): Driver => {
  const text = textsOf("DeliveryInsights");
  return {
    name: "DeliveryInsights",
    boundary: { message: "Error_Boundary", retry: "Retry" },
    kinds: new Set(["webApi", "renderError"]),
    text,
    retriesAfterWait: true,
    renderTarget: { module: "../../../controls/DeliveryInsights/InsightsToolbar", name: "InsightsToolbar" },
    mount(input) {
      const api = createInsightsApi({ data: sampleData() });
      const answer = api.retrieveMultipleRecords;
      let flatReads = 0;
      if (input.kind === "webApi")
        api.retrieveMultipleRecords = (entityType, query, maxPageSize) => {
          if (entityType !== DeliveryNames.table) return answer(entityType, query, maxPageSize);
          // Busy: the first flat read of the deliveries is refused once, and answered after the wait.
          if (input.fault.kind === "throttled") {
            const flat = !(query ?? "").startsWith("?fetchXml");
            if (!flat || (flatReads += 1) > 1) return answer(entityType, query, maxPageSize);
          }
          api.calls.push({ entityType, options: query ?? "" });
          return failWith(input.fault);
        };
      const harness = mountInsights(api);
      return { harness, settle: () => settleInsights(harness), reads: () => api.calls.length };
    },
    failureText: (failure) => text(`Failure_${failure}`),
    expectRestWorks: () => {
      // The period can still be chosen: the toolbar works without figures.
      const toolbar = document.querySelector(".pdx-insights-toolbar");
      expect(toolbar).not.toBeNull();
      expect(toolbar?.querySelectorAll("button, input, select").length).toBeGreaterThan(0);
    },
    expectData: () =>
      expect(document.querySelector(".pdx-insights")).toHaveAttribute(
        "data-state",
        expect.stringMatching(/complete|partial/),
      ),
  };
};

export const drivers: readonly Driver[] = [
  attributeGrid(),
  contactDeliveries(),
  deliveryInsights(),
  deliveryTimeline(),
  dispositionChips(),
  relatedRecords(),
];

/** Runs pending fake timers' time forward inside act, letting answers arrive between steps. */
export async function advance(milliseconds: number, mounted: Mounted): Promise<void> {
  await act(async () => {
    jest.advanceTimersByTime(milliseconds);
    await Promise.resolve();
  });
  await mounted.settle();
}
