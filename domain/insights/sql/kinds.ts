import { classifyDialMode, type DialModeKind } from "../../delivery/dialMode";
import { classifyResult, type DeliveryResultKind } from "../../delivery/result";
import { activeStatusKinds, classifyStatus, type DeliveryStatusKind } from "../../delivery/status";
import { normaliseValue } from "../../delivery/valueClass";
import { processedStatusKinds, successResultKinds } from "../rules";

/**
 * The documented values of the three classified columns, for the SQL CASE expressions. The
 * classifiers' own tables (the tone records in domain/delivery) are private to their modules,
 * so each list is a record over the domain's kind type: the compiler refuses a list that
 * misses a kind or names one the type lacks. Every kind is then put through the domain
 * classifier itself when the SQL is generated (classifiedColumns), so a kind the classifier
 * does not accept stops the build rather than shipping a CASE that disagrees with it.
 *
 * Statuses need no list of their own: active (Pending, InProcess) and processed (Complete,
 * Expired, Cancelled, Error) are domain/ lists, and together they are every status.
 */
type Every<K extends string> = Readonly<Record<K, true>>;

const resultKinds: Every<DeliveryResultKind> = {
  CallEnded: true,
  CallFailed: true,
  BotFailed: true,
  Expired: true,
  Cancelled: true,
  Error: true,
  LiveAnswer: true,
  AnsweringMachine: true,
  AnsweringMachineHangup: true,
  Undetermined: true,
  NotAHandset: true,
  Busy: true,
  NoAnswer: true,
  InvalidAddress: true,
  Terminated: true,
  Unknown: true,
  Delivered: true,
  NotDelivered: true,
};

const dialModeKinds: Every<DialModeKind> = { Copilot: true, Progressive: true, Preview: true, Predictive: true };

const statusKinds: Every<DeliveryStatusKind> = Object.fromEntries(
  [...activeStatusKinds, ...processedStatusKinds].map((kind) => [kind, true]),
) as Every<DeliveryStatusKind>;

export type ClassifiedColumn = "status" | "result" | "dialMode";

export interface ClassifiedKind {
  kind: string;
  /** normaliseValue(kind): what a stored text must normalise to. */
  match: string;
}

type Classifier = (raw: string) => { kind: string };

const sources: Readonly<Record<ClassifiedColumn, { kinds: Every<string>; classify: Classifier }>> = {
  status: { kinds: statusKinds, classify: classifyStatus },
  result: { kinds: resultKinds, classify: classifyResult },
  dialMode: { kinds: dialModeKinds, classify: classifyDialMode },
};

/** The kinds of a column in a fixed order, each confirmed by the domain classifier. */
export function classifiedKinds(column: ClassifiedColumn): ClassifiedKind[] {
  const { kinds, classify } = sources[column];
  const list = Object.keys(kinds)
    .sort()
    .map((kind) => ({ kind, match: normaliseValue(kind) }));
  const matches = new Set<string>();
  for (const { kind, match } of list) {
    if (classify(kind).kind !== kind) throw new Error(`The ${column} classifier does not read "${kind}" as itself`);
    if (matches.has(match)) throw new Error(`Two ${column} kinds normalise to "${match}"`);
    matches.add(match);
  }
  return list;
}

export const statusSets = {
  active: activeStatusKinds,
  processed: processedStatusKinds,
  success: successResultKinds,
} as const;
