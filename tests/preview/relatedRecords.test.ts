import { parseRecordId } from "../../domain/related/recordId";
import { relatedKinds, relatedTables, type RelatedKind } from "../../domain/related/relatedTables";
import { DeliveryNames as D } from "../../domain/tables";
import { createSampleWebApi, generateSampleData, SampleStore } from "../../preview/data";
import { unresolvableIds } from "../../preview/data/brokenRecords";

const data = generateSampleData();
const api = createSampleWebApi(new SampleStore(data, () => Date.parse(data.now)));
const columnOf: Readonly<Record<RelatedKind, string>> = {
  contact: D.contactId,
  conversation: D.conversationId,
  queue: D.queueId,
  configuration: D.configId,
};
const broken = data.broken.find((entry) => entry.key === "broken:unresolvable-ids");

const nameOf = (kind: RelatedKind, id: string): Promise<unknown> => {
  const table = relatedTables[kind];
  return api
    .retrieveRecord(table.logicalName, id, `?$select=${table.primaryNameAttribute}`)
    .then((row) => row[table.primaryNameAttribute]);
};

describe("the sample data's related tables", () => {
  it("hold the contacts, queues and configurations the generator named, and a conversation per conversation id", () => {
    expect(data.related.contact).toHaveLength(data.contacts.length);
    expect(data.related.queue).toHaveLength(data.queues.length);
    expect(data.related.msdyn_proactive_engagement_config).toHaveLength(data.configurations.length);
    const conversationIds = new Set(data.deliveries.map((row) => row[D.conversationId]).filter(Boolean));
    // Every one but the unresolvable record's.
    expect(data.related.msdyn_ocliveworkitem).toHaveLength(conversationIds.size - 1);
  });

  it("resolve every id a healthy delivery names, by its primary name only", async () => {
    const healthy = data.deliveries.filter((row) => row[D.id] !== broken?.id).slice(0, 40);
    for (const row of healthy) {
      for (const kind of relatedKinds) {
        const parsed = parseRecordId(row[columnOf[kind]] as string | null);
        if (parsed.kind !== "valid") continue;
        await expect(nameOf(kind, parsed.id)).resolves.toEqual(expect.any(String));
      }
    }
    const conversation = healthy.find((row) => row[D.conversationId]);
    await expect(nameOf("conversation", String(conversation?.[D.conversationId]))).resolves.toMatch(
      /^Outbound call to .+ \(.+\)$/,
    );
  });

  it("give Dataverse's 404 for ids that name nothing, and a 400 for another column", async () => {
    const record = data.deliveries.find((row) => row[D.id] === broken?.id);
    expect(record?.[D.contactId]).toBe(unresolvableIds.contact);
    expect(parseRecordId(unresolvableIds.contact).kind).toBe("malformed");
    const conversation = parseRecordId(unresolvableIds.conversation);
    if (conversation.kind !== "valid") throw new Error("the conversation id should be a GUID");
    await expect(nameOf("conversation", conversation.id)).rejects.toMatchObject({
      status: 404,
      errorCode: -2147220969,
    });
    await expect(nameOf("configuration", unresolvableIds.configuration)).rejects.toMatchObject({ status: 404 });
    await expect(nameOf("queue", String(record?.[D.queueId]))).resolves.toEqual(expect.any(String));
    // The stand-in contact has the contact form's columns, not every column of Microsoft's.
    await expect(api.retrieveRecord("contact", data.contacts[0].id, "?$select=birthdate")).rejects.toMatchObject({
      status: 400,
    });
  });

  it("are the same for the same seed", () => {
    expect(generateSampleData().related).toEqual(data.related);
  });
});
