import { displayNameOf, distinctIds, nameQueries, namesFrom, type NamedKind } from "../../../domain/insights";
import { relatedTables } from "../../../domain/related/relatedTables";

const id = (n: number) => `00000000-0000-4000-8000-${n.toString().padStart(12, "0")}`;
const prefix = ["https:", "", "contoso.crm4.dynamics.com/api/data/v9.2/"].join("/");

describe("name resolution planning", () => {
  it("asks once per table for every distinct id, in any stored spelling, and never for text that is no id", () => {
    const stored = [id(1), id(1).toUpperCase(), `{${id(2)}}`, " ", null, undefined, "queue 7", `{${id(3)}`];
    expect(distinctIds(stored)).toEqual([id(1), id(2)]);
    expect(nameQueries("queue", stored)).toEqual([
      {
        kind: "queue",
        entitySetName: "queues",
        options: `?$select=queueid,name&$filter=queueid eq ${id(1)} or queueid eq ${id(2)}`,
        ids: [id(1), id(2)],
      },
    ]);
    expect(nameQueries("configuration", [id(5)])).toEqual([
      {
        kind: "configuration",
        entitySetName: "msdyn_proactive_engagement_configs",
        options:
          "?$select=msdyn_proactive_engagement_configid,msdyn_name" +
          `&$filter=msdyn_proactive_engagement_configid eq ${id(5)}`,
        ids: [id(5)],
      },
    ]);
    expect(nameQueries("queue", ["nothing", ""])).toEqual([]);
  });

  it.each<NamedKind>(["queue", "configuration"])(
    "chunks %s ids so that every URL stays under 2,000 characters",
    (kind) => {
      const ids = Array.from({ length: 500 }, (_, n) => id(n));
      const queries = nameQueries(kind, ids);
      expect(queries.length).toBeGreaterThan(1);
      expect(queries.flatMap((query) => query.ids)).toEqual([...ids].sort());
      for (const query of queries) {
        expect(encodeURI(query.options).length).toBeLessThanOrEqual(1800);
        expect((prefix + relatedTables[kind].entitySetName + encodeURI(query.options)).length).toBeLessThan(2000);
        expect(query.options.split(" or ")).toHaveLength(query.ids.length);
      }
      // Full chunks: one more id would not have fitted.
      const [first, second] = queries;
      const longer = nameQueries(kind, [...first.ids, second.ids[0]], { maxUrlLength: 1e6 })[0].options;
      expect(encodeURI(longer).length).toBeGreaterThan(1800);
    },
  );

  it("takes a smaller URL budget, and refuses one that holds no id", () => {
    const queries = nameQueries("queue", [id(1), id(2), id(3)], { maxUrlLength: 250, prefixLength: 100 });
    expect(queries.map((query) => query.ids.length)).toEqual([2, 1]);
    expect(() => nameQueries("queue", [id(1)], { maxUrlLength: 100 })).toThrow(RangeError);
  });

  it("reads names by id and shows an id that did not resolve as the id, and malformed text as itself", () => {
    const names = namesFrom("queue", [
      { queueid: id(1).toUpperCase(), name: "Collections" },
      { queueid: id(2), name: "  " },
      { queueid: "junk", name: "Junk" },
      { queueid: id(3) },
    ]);
    expect([...names]).toEqual([[id(1), "Collections"]]);
    expect(displayNameOf({ id: id(1), text: id(1) }, names)).toEqual({ text: "Collections", resolved: true });
    expect(displayNameOf({ id: id(2), text: id(2) }, names)).toEqual({ text: id(2), resolved: false });
    expect(displayNameOf({ text: "queue 7" }, names)).toEqual({ text: "queue 7", resolved: false });
    expect(displayNameOf({ text: "" }, names)).toEqual({ text: "", resolved: false });
    const configs = namesFrom("configuration", [
      { msdyn_proactive_engagement_configid: id(9), msdyn_name: "Renewals" },
    ]);
    expect(configs.get(id(9))).toBe("Renewals");
  });
});
