import { AttributeNames as A, DeliveryNames as D, describedTable } from "../../domain/tables";
import type { PrivilegeVerb, RolePrivilegeDefinition, SecurityRoleDefinition } from "../model";
import { RoleIds } from "./ids";

/** Every verb a table privilege can have, in the order Dataverse's role editor shows them. */
export const PRIVILEGE_VERBS: readonly PrivilegeVerb[] = [
  "Create",
  "Read",
  "Write",
  "Delete",
  "Append",
  "AppendTo",
  "Assign",
  "Share",
];

/** prv<Verb><table schema name>, the schema name in its exact case (domain/tables). */
export function privilegeName(privilege: Pick<RolePrivilegeDefinition, "verb" | "table">): string {
  const table = describedTable(privilege.table);
  if (!table) throw new Error(`privilege ${privilege.verb} on undescribed table ${privilege.table}`);
  return `prv${privilege.verb}${table.schemaName}`;
}

/**
 * Organization-wide (Global) throughout: Contact Center's proactive engagement service writes
 * every delivery and attribute as its own user, so a user, business unit or parent-child depth
 * would show our users nothing.
 */
const READ_DELIVERIES =
  "See every delivery in the lists and forms: the service's user owns every row, so any narrower depth shows none";
const READ_ATTRIBUTES = "See every delivery's input and result attributes (same owner as the deliveries)";

const grant = (verb: PrivilegeVerb, table: string, reason: string): RolePrivilegeDefinition => ({
  verb,
  table,
  depth: "Global",
  reason,
});

const ADMIN_REASONS: Readonly<Record<PrivilegeVerb, string>> = {
  Create: "Add rows by hand (tests, corrections, a copy of the tables without Contact Center)",
  Read: "See every row, whoever owns it",
  Write: "Correct any column of any row",
  Delete: "Remove test or wrong rows",
  Append: "Attach this table's rows to other rows (an attribute to its delivery)",
  AppendTo: "Let other rows be attached to this table's rows (attributes to a delivery)",
  Assign: "Give rows to another owner",
  Share:
    "Share rows with users or teams (Contact Center's elastic tables do not support sharing; the standard copy does)",
};

/**
 * The three roles, each granting only what its job needs on the two tables and nothing the
 * platform's own roles give every user: opening a model-driven app, reading its views, forms,
 * web resources and code components comes from the platform's Basic User role, which users hold
 * beside ours (README, "Security roles"). All three are mapped to the app (appModule.ts).
 */
export const supervisorRole: SecurityRoleDefinition = {
  id: RoleIds.supervisor,
  name: "Proactive Engagement Supervisor",
  privileges: [
    grant("Read", D.table, READ_DELIVERIES),
    grant("Write", D.table, "Correct a delivery's disposition codes on the delivery form"),
    grant("Read", A.table, READ_ATTRIBUTES),
  ],
};

export const agentRole: SecurityRoleDefinition = {
  id: RoleIds.agent,
  name: "Proactive Engagement Agent",
  privileges: [grant("Read", D.table, READ_DELIVERIES), grant("Read", A.table, READ_ATTRIBUTES)],
};

export const administratorRole: SecurityRoleDefinition = {
  id: RoleIds.administrator,
  name: "Proactive Engagement Administrator",
  privileges: [D.table, A.table].flatMap((table) =>
    PRIVILEGE_VERBS.map((verb) => grant(verb, table, ADMIN_REASONS[verb])),
  ),
};

export const experienceRoles: SecurityRoleDefinition[] = [supervisorRole, agentRole, administratorRole];
