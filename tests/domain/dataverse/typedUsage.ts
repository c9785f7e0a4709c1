// Not a test: tsc (npm run typecheck) checks that the generated entities fit dataverse-ify's types.
import { setMetadataCache, type DataverseClient, type EntityReference, type IEntity } from "dataverse-ify";
import {
  msdyn_proactive_deliveryAttributes,
  type msdyn_proactive_delivery,
} from "../../../dataverse/generated/entities/msdyn_proactive_delivery";
import type { msdyn_proactive_delivery_attribute } from "../../../dataverse/generated/entities/msdyn_proactive_delivery_attribute";
import { msdyn_proactive_delivery_attribute_msdyn_type } from "../../../dataverse/generated/enums/msdyn_proactive_delivery_attribute_msdyn_type";
import { Entities, metadataCache } from "../../../dataverse/generated/metadata";

setMetadataCache(metadataCache);

export async function typedUsage(client: DataverseClient): Promise<void> {
  const deliveries = await client.retrieveMultiple<msdyn_proactive_delivery>("?$select=msdyn_status", {
    logicalName: Entities.msdyn_proactive_delivery,
    maxPageSize: 50,
  });
  const first: IEntity | undefined = deliveries.entities[0];
  const status: string | null | undefined = deliveries.entities[0]?.msdyn_status;
  const windowEnd: Date | null | undefined = deliveries.entities[0]?.msdyn_window_end_date;
  const nextLink: string | undefined = deliveries.nextLink;
  const column: string = msdyn_proactive_deliveryAttributes.msdyn_contact_id;

  const attribute = await client.retrieve<msdyn_proactive_delivery_attribute>(
    Entities.msdyn_proactive_delivery_attribute,
    "00000000-0000-0000-0000-000000000000",
    ["msdyn_type"],
  );
  const parent: EntityReference | null | undefined = attribute.msdyn_proactive_delivery;
  const isResult: boolean = attribute.msdyn_type === msdyn_proactive_delivery_attribute_msdyn_type.Result;
  // @ts-expect-error msdyn_status is text
  const wrong: number | null | undefined = deliveries.entities[0]?.msdyn_status;
  // @ts-expect-error msdyn_type is the choice's enum, not its label. (Any other name still compiles as
  // unknown: IEntity has an index signature, so the types do not stop a query naming partitionid.)
  const partition: string | null | undefined = attribute.msdyn_type;
  void [first, status, windowEnd, nextLink, column, parent, isResult, wrong, partition];
}
