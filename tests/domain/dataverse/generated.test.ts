import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { generateEntityFiles, generatedHeader } from "../../../dataverse/codegen";
import { metadataCache } from "../../../dataverse/generated/metadata";
import { attributeTypeChoice, deliveryTable, experienceColumnNames, tables } from "../../../domain/tables";

const generatedDir = path.join(__dirname, "..", "..", "..", "dataverse", "generated");

function filesOnDisk(dir: string, prefix = ""): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesOnDisk(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`],
  );
}

describe("dataverse/generated", () => {
  const expected = generateEntityFiles(tables, [attributeTypeChoice]);

  it("is exactly what the table descriptions generate (run scripts/generate-entities.ts after changing them)", () => {
    expect(filesOnDisk(generatedDir).sort()).toEqual(expected.map((f) => f.path).sort());
    for (const file of expected) {
      expect(`${file.path}:\n${readFileSync(path.join(generatedDir, file.path), "utf8")}`).toBe(
        `${file.path}:\n${file.text}`,
      );
    }
  });

  it("marks every file generated", () => {
    for (const file of expected) expect(file.text.startsWith(generatedHeader.join("\n"))).toBe(true);
  });

  it("describes the columns both copies have, never partitionid, ttlinseconds, statecode", () => {
    const delivery = metadataCache.entities.msdyn_proactive_delivery;
    expect(delivery).toMatchObject({
      logicalName: "msdyn_proactive_delivery",
      collectionName: "msdyn_proactive_deliveries",
      primaryIdAttribute: "msdyn_proactive_deliveryid",
    });
    const allowed = experienceColumnNames(deliveryTable);
    for (const name of Object.keys(delivery.attributeTypes)) expect(allowed.has(name)).toBe(true);
    const text = expected.map((f) => f.text).join("\n");
    for (const name of ["partitionid", "ttlinseconds", "statecode", "statuscode"]) {
      expect(text).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it("gives dataverse-ify the date behaviour, the choice and the lookup target", () => {
    expect(metadataCache.entities.msdyn_proactive_delivery.attributeTypes).toEqual({
      msdyn_window_start_date: "DateAndTime:TimeZoneIndependent",
      msdyn_window_end_date: "DateAndTime:TimeZoneIndependent",
      msdyn_start_date: "DateAndTime:TimeZoneIndependent",
      msdyn_end_date: "DateAndTime:TimeZoneIndependent",
      msdyn_result_date: "DateAndTime:TimeZoneIndependent",
      msdyn_channel_sent_date: "DateAndTime:TimeZoneIndependent",
      msdyn_earliest_schedule_date: "DateAndTime:TimeZoneIndependent",
      msdyn_expiration_date: "DateAndTime:TimeZoneIndependent",
    });
    expect(metadataCache.entities.msdyn_proactive_delivery_attribute.attributeTypes).toEqual({
      msdyn_type: "Optionset",
    });
    expect(metadataCache.entities.msdyn_proactive_delivery_attribute.navigation).toEqual({
      msdyn_proactive_delivery: ["mscrm.msdyn_proactive_delivery"],
    });
    expect(metadataCache.entitySetNames).toEqual({
      msdyn_proactive_delivery: "msdyn_proactive_deliveries",
      msdyn_proactive_delivery_attribute: "msdyn_proactive_delivery_attributes",
    });
  });
});

describe("the generator", () => {
  it("follows the table description: a new column shows in the metadata, the constants and the interface", () => {
    const changed = {
      ...deliveryTable,
      columns: [
        ...deliveryTable.columns,
        { ...deliveryTable.columns[14], logicalName: "msdyn_new_date", schemaName: "msdyn_new_date" },
      ],
    };
    const file = generateEntityFiles([changed], []).find((f) => f.path === "entities/msdyn_proactive_delivery.ts");
    expect(file?.text).toContain('    msdyn_new_date: "DateAndTime:TimeZoneIndependent",');
    expect(file?.text).toContain('  msdyn_new_date = "msdyn_new_date",');
    expect(file?.text).toContain("  msdyn_new_date?: Date | null;");
  });
});
