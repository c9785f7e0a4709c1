import { text } from "./columns";
import { elasticSystemColumns } from "./deliveryTable";
import { AttributeNames as N, AttributeTypeChoice, DeliveryAttributeRelationship, DeliveryNames } from "./names";
import type { GlobalChoiceDefinition, OneToManyRelationship, TableDefinition } from "./types";

export const attributeTypeChoice: GlobalChoiceDefinition = {
  name: AttributeTypeChoice.name,
  displayName: "Type",
  description: "Whether an attribute was passed to the API or set as a result of the call.",
  options: [
    { value: AttributeTypeChoice.input, label: "Input" },
    { value: AttributeTypeChoice.result, label: "Result" },
  ],
};

export const attributeTable: TableDefinition = {
  logicalName: N.table,
  schemaName: N.table,
  displayName: "Proactive Delivery Attribute",
  displayCollectionName: "Proactive Delivery Attributes",
  description: "An input or result name/value pair of a proactive delivery.",
  entitySetName: N.entitySet,
  primaryIdAttribute: N.id,
  primaryNameAttribute: N.keyword,
  ownership: "UserOwned",
  elastic: true,
  columns: [
    {
      kind: "lookup",
      logicalName: N.delivery,
      schemaName: N.delivery,
      displayName: "Proactive Delivery",
      displayNames: { 1033: "Proactive Delivery", 1031: "Proaktive Zustellung" },
      description: "The delivery this attribute belongs to.",
      target: DeliveryNames.table,
      required: "required",
      validForForm: true,
    },
    text(
      N.deliveryPartitionId,
      { 1033: "Proactive Delivery Partition Id", 1031: "Partitions-ID der proaktiven Zustellung" },
      100,
      "Partition id of the delivery this attribute belongs to.",
      { validForForm: false },
    ),
    text(N.keyword, { 1033: "Keyword", 1031: "Schlüsselwort" }, 850, "Name of the attribute.", {
      required: "required",
      primaryName: true,
    }),
    text(N.value, { 1033: "Value", 1031: "Wert" }, 4000, "Value of the attribute.", { required: "required" }),
    {
      kind: "choice",
      logicalName: N.type,
      schemaName: N.type,
      displayName: "Type",
      displayNames: { 1033: "Type", 1031: "Typ" },
      description: "Input or result attribute.",
      optionSet: attributeTypeChoice.name,
      defaultValue: -1,
      required: "required",
      validForForm: true,
    },
  ],
  elasticSystemColumns,
};

export const deliveryAttributesRelationship: OneToManyRelationship = {
  schemaName: DeliveryAttributeRelationship,
  referencedEntity: DeliveryNames.table,
  referencingEntity: N.table,
  referencingAttribute: N.delivery,
  cascade: {
    assign: "NoCascade",
    delete: "Cascade",
    reparent: "NoCascade",
    share: "NoCascade",
    unshare: "NoCascade",
    merge: "NoCascade",
    rollupView: "NoCascade",
  },
  menu: { behavior: "UseCollectionName", group: "Details", order: 10000 },
  isCustomizable: false,
  isValidForAdvancedFind: true,
};
