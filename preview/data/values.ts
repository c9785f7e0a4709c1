/** Attribute values and disposition text of every kind the grid and the chips must handle. */
import { AttributeNames as A } from "../../domain/tables";
import type { Random } from "./random";
import { attributeStoreTable } from "./schema";
import type { SampleConfiguration, SampleContact } from "./types";
import { callbackWindows, dispositionCodes, reasons, summarySentences } from "./vocabulary";

/** The stored form: quoted codes, comma-separated, sometimes with a space after the comma. */
export function formatCodes(random: Random, count: number): string {
  const codes: string[] = [];
  while (codes.length < count) {
    const code = random.pick(dispositionCodes);
    if (!codes.includes(code)) codes.push(code);
  }
  return codes.map((code) => `"${code}"`).join(random.chance(0.1) ? ", " : ",");
}

/** Free text of exactly `length` characters, made of whole sentences where it can be. */
export function longText(random: Random, length: number): string {
  let text = "";
  while (text.length < length) {
    text += (text ? " " : "") + random.pick(summarySentences);
  }
  return text.slice(0, length);
}

const valueLimit = (): number => attributeStoreTable.columns.get(A.value)?.maxLength ?? 0;

function isoDate(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Input attributes as the API's InputAttributes carry them: text, numbers, dates, URLs, JSON. */
export function inputAttributeValues(
  random: Random,
  contact: SampleContact,
  configuration: SampleConfiguration,
): [string, string][] {
  const account = random.chars(9, "0123456789");
  const pairs: [string, string][] = [
    ["CustomerName", contact.name],
    ["AccountNumber", account],
  ];
  if (configuration.name.startsWith("Payment") || configuration.name.startsWith("Overdue")) {
    pairs.push(["AmountDue", (random.int(1_500, 250_000) / 100).toFixed(2)]);
    pairs.push(["DueDate", isoDate(Date.UTC(2025, random.int(4, 7), random.int(1, 28)))]);
    pairs.push([
      "PaymentPortalUrl",
      `https://pay.contoso.example/accounts/${account}?ref=${random.chars(10, "abcdefghijklmnopqrstuvwxyz0123456789")}`,
    ]);
  } else if (configuration.name.startsWith("Appointment")) {
    pairs.push([
      "AppointmentStart",
      new Date(
        Date.UTC(2025, random.int(5, 7), random.int(1, 28), random.int(7, 16), random.pick([0, 15, 30, 45])),
      ).toISOString(),
    ]);
    pairs.push(["TechnicianName", random.pick(["Jordan", "Sam", "Alex", "Kim"])]);
  } else {
    pairs.push(["ContractEnd", isoDate(Date.UTC(2025, random.int(6, 11), random.int(1, 28)))]);
    pairs.push(["OfferCode", `OFFER-${random.chars(5, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")}`]);
  }
  if (random.chance(0.6)) {
    const window = random.pick(callbackWindows);
    const preferences = {
      language: contact.locale,
      callbackWindow: window,
      channels: random.chance(0.5) ? ["voice", "sms"] : ["voice"],
    };
    pairs.push(["Preferences", JSON.stringify(preferences)]);
  }
  if (random.chance(0.5)) pairs.push(["Reason", random.pick(reasons)]);
  if (random.chance(0.3)) pairs.push(["Locale", contact.locale]);
  if (random.chance(0.25)) pairs.push(["CallbackNumber", contact.phone]);
  return pairs;
}

/** Result attributes the AI agent or call flow sets; now and then a transcript at the column limit. */
export function resultAttributeValues(random: Random, result: string, callEnd: number): [string, string][] {
  const pairs: [string, string][] = [["Outcome", result]];
  if (result === "CallEnded" || result === "LiveAnswer") {
    if (random.chance(0.5)) pairs.push(["PromisedAmount", (random.int(1_000, 90_000) / 100).toFixed(2)]);
    if (random.chance(0.4))
      pairs.push(["PromisedDate", new Date(callEnd + random.int(1, 14) * 86_400_000).toISOString()]);
    pairs.push(["CallbackRequested", random.chance(0.2) ? "true" : "false"]);
    pairs.push(["SentimentScore", (random.int(5, 99) / 100).toFixed(2)]);
    const sentences = random.int(1, 4);
    pairs.push(["Summary", Array.from({ length: sentences }, () => random.pick(summarySentences)).join("\n")]);
    if (random.chance(0.06)) pairs.push(["Transcript", longText(random, valueLimit())]);
  }
  if (random.chance(0.3)) pairs.push(["BotSessionId", random.guid()]);
  return pairs;
}
