import { attributeTable, deliveryTable, type TableDefinition } from "../../domain/tables";
import { cellId } from "./cellIds";
import { FormIds } from "./ids";
import type { Labels } from "../../domain/languages";
import type { FieldCell, FormDefinition, FormSection } from "../model";

interface DefaultFormIds {
  main: string;
  quick: string;
  card: string;
}

const field = (formId: string, column: string): FieldCell => ({ kind: "field", id: cellId(formId, column), column });
const part = (formId: string, name: string) => cellId(formId, `part/${name}`);

function section(
  formId: string,
  name: string,
  label: Labels,
  columns: string[],
  extra: Partial<FormSection> = {},
): FormSection {
  return { id: part(formId, name), name, label, cells: columns.map((c) => field(formId, c)), ...extra };
}

/**
 * The three forms the platform makes with every new table and an export carries (main
 * "Information", the quick view form and the card form; see powercat-creator-kit cat_Sample):
 * with only the tables solution imported, a record still opens and shows in lookups and cards.
 */
function defaultForms(table: TableDefinition, ids: DefaultFormIds): FormDefinition[] {
  const formColumns = table.columns.filter((c) => c.validForForm).map((c) => c.logicalName);
  const rest = formColumns.filter((c) => c !== table.primaryNameAttribute);
  const base = { table: table.logicalName, libraries: [], handlers: [] };
  return [
    {
      ...base,
      id: ids.main,
      type: "main",
      name: "Information",
      description: "A form for this entity.",
      tabs: [
        {
          id: part(ids.main, "general"),
          name: "general",
          label: { 1033: "General" },
          sections: [
            section(ids.main, "general_section", { 1033: "General" }, [table.primaryNameAttribute, "ownerid", ...rest]),
          ],
        },
      ],
    },
    {
      ...base,
      id: ids.quick,
      type: "quick",
      name: "Information",
      description: "",
      tabs: [
        {
          id: part(ids.quick, "tab"),
          name: "tab_general",
          label: { 1033: "" },
          sections: [
            section(ids.quick, "general", { 1033: "GENERAL" }, [table.primaryNameAttribute, "ownerid"], {
              showLabel: false,
            }),
          ],
        },
      ],
    },
    {
      ...base,
      id: ids.card,
      type: "card",
      name: "Information",
      description: "A card form for this entity.",
      tabs: [
        {
          id: part(ids.card, "general"),
          name: "general",
          label: { 1033: "" },
          sections: [],
          columns: [
            {
              width: "25%",
              sections: [section(ids.card, "ColorStrip", { 1033: "ColorStrip" }, [], { showLabel: false })],
            },
            {
              width: "75%",
              sections: [
                section(ids.card, "CardHeader", { 1033: "Header" }, ["statuscode"], {
                  showLabel: false,
                  layout: "111",
                }),
                section(ids.card, "CardDetails", { 1033: "Details" }, [table.primaryNameAttribute], {
                  showLabel: false,
                }),
                section(ids.card, "CardFooter", { 1033: "Footer" }, ["ownerid", "createdon"], {
                  showLabel: false,
                  layout: "1111",
                }),
              ],
            },
          ],
        },
      ],
    },
  ];
}

export const tableDefaultForms: FormDefinition[] = [
  ...defaultForms(deliveryTable, {
    main: FormIds.deliveryTableMain,
    quick: FormIds.deliveryTableQuick,
    card: FormIds.deliveryTableCard,
  }),
  ...defaultForms(attributeTable, {
    main: FormIds.attributeTableMain,
    quick: FormIds.attributeTableQuick,
    card: FormIds.attributeTableCard,
  }),
];
