/**
 * How the sample store holds the system columns every copy of Microsoft's tables has
 * (domain/tables/systemColumns.ts names them). They exist so that a query naming one is
 * answered as Dataverse answers it, not refused as an unknown column.
 *
 * The preview has no users, teams, business units or imports, so these columns read as null
 * and it refuses writes to them (even to ownerid and overriddencreatedon, which Dataverse
 * lets a caller set): a control that depends on their values cannot be shown honestly here.
 */
import { sharedSystemColumns } from "../../domain/tables";
import type { StoreColumn } from "./schema";

type SystemColumnName = (typeof sharedSystemColumns)[number];
type SystemColumnShape = Pick<StoreColumn, "displayName" | "kind" | "target" | "maxLength" | "min" | "max">;

const user = (displayName: string): SystemColumnShape => ({ displayName, kind: "lookup", target: "systemuser" });
const int32 = { min: -2147483648, max: 2147483647 } as const;

// A Record over the domain's names: a system column added there without a shape here fails to compile.
const shapes: Readonly<Record<SystemColumnName, SystemColumnShape>> = {
  createdby: user("Created By"),
  createdon: { displayName: "Created On", kind: "datetime" },
  createdonbehalfby: user("Created By (Delegate)"),
  importsequencenumber: { displayName: "Import Sequence Number", kind: "integer", ...int32 },
  modifiedby: user("Modified By"),
  modifiedon: { displayName: "Modified On", kind: "datetime" },
  modifiedonbehalfby: user("Modified By (Delegate)"),
  overriddencreatedon: { displayName: "Record Created On", kind: "datetime" },
  // An owner is a user or a team; the store models no owner table, so the user stands for both.
  ownerid: user("Owner"),
  owneridname: { displayName: "Owner Name", kind: "text", maxLength: 100 },
  owneridtype: { displayName: "Owner Type", kind: "text", maxLength: 64 },
  owneridyominame: { displayName: "Owner Yomi Name", kind: "text", maxLength: 100 },
  owningbusinessunit: { displayName: "Owning Business Unit", kind: "lookup", target: "businessunit" },
  owningteam: { displayName: "Owning Team", kind: "lookup", target: "team" },
  owninguser: user("Owning User"),
  // A BigInt in Dataverse; the whole numbers JavaScript holds exactly are plenty for a sample.
  versionnumber: { displayName: "Version Number", kind: "integer", min: 0, max: Number.MAX_SAFE_INTEGER },
};

export function systemStoreColumns(): StoreColumn[] {
  return sharedSystemColumns.map((logicalName) => ({ logicalName, ...shapes[logicalName], system: true }));
}
