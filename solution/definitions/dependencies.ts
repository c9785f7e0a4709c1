import { deliveryAttributesRelationship, describedTable, type TableDefinition } from "../../domain/tables";
import type { Dependency, DependentComponent, FormDefinition, SolutionDefinition, ViewDefinition } from "../model";
import { shellColumnReferences } from "../validate/experienceColumns";
import { formCells } from "../formCells";

/** Who provides the tables, the relationship and the columns: the tables solution (or Contact Center). */
export interface Provider {
  uniqueName: string;
  version: string;
}

const tableNamed = (name: string): TableDefinition => {
  const table = describedTable(name);
  if (!table) throw new Error(`dependency on undescribed table ${name}`);
  return table;
};

const describedRelationships = [deliveryAttributesRelationship];

// Exports name a form by id under its table's display name, and a view by its name as well.
function dependentOf(component: FormDefinition | ViewDefinition, kind: 26 | 60): DependentComponent {
  const parentDisplayName = tableNamed(component.table).displayName;
  return kind === 60
    ? { type: 60, displayName: component.name, parentDisplayName, id: component.id }
    : {
        type: 26,
        schemaName: component.name,
        displayName: component.name,
        parentSchemaName: component.table,
        parentDisplayName,
        id: component.id,
      };
}

/**
 * MissingDependencies as an export writes them: each names the component that needs it. A shell
 * table depends on the table itself; a column or relationship is needed by the form or view that
 * uses it. System columns come with the table, so only the described columns are listed.
 *
 * A platform table (contact) needs none: the platform provides it and its columns everywhere.
 * Real exports that add a form and a view to contact as a shell (microsoft/fsi-experiences,
 * Modules/UCP-Wealth-Management/FSIWealthManagement/Other/Solution.xml, behavior 2) list no
 * MissingDependency for contact itself nor for the platform columns their form and view use;
 * only for the contact columns other solutions add (msfsi_placeholder and the like).
 */
export function missingDependencies(
  solution: Omit<SolutionDefinition, "dependencies">,
  provider: Provider,
): Dependency[] {
  const provided = { providedBy: provider.uniqueName, providedByVersion: provider.version };
  const dependencies: Dependency[] = [];
  for (const { table } of solution.tables.filter((t) => t.include === "shell" && !t.table.platform)) {
    dependencies.push({
      type: 1,
      schemaName: table.logicalName,
      displayName: table.displayName,
      ...provided,
      dependent: { type: 1, schemaName: table.logicalName, displayName: table.displayName },
    });
  }
  const components = new Map<string, DependentComponent>([
    ...solution.forms.map((f) => [`form "${f.name}"`, dependentOf(f, 60)] as const),
    ...solution.views.map((v) => [`view "${v.name}"`, dependentOf(v, 26)] as const),
  ]);
  const seen = new Set<string>();
  for (const reference of shellColumnReferences({ ...solution, dependencies: [] })) {
    const dependent = components.get(reference.component);
    const table = tableNamed(reference.table);
    const column = table.columns.find((c) => c.logicalName === reference.column);
    const key = `${dependent?.id}/${reference.table}/${reference.column}`;
    if (!dependent || !column || table.platform || seen.has(key)) continue;
    seen.add(key);
    dependencies.push({
      type: 2,
      schemaName: column.logicalName,
      displayName: column.displayName,
      parent: table.logicalName,
      parentDisplayName: table.displayName,
      ...provided,
      dependent,
    });
  }
  for (const form of solution.forms) {
    for (const cell of formCells(form)) {
      if (
        cell.kind !== "subgrid" ||
        !solution.tables.some((t) => t.include === "shell" && t.table.logicalName === cell.targetTable)
      )
        continue;
      const relationship = describedRelationships.find((r) => r.schemaName === cell.relationship);
      if (!relationship) continue;
      const key = `${form.id}/${relationship.schemaName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Exports give a relationship the table on its "one" side as parent.
      const parent = tableNamed(relationship.referencedEntity);
      dependencies.push({
        type: 10,
        schemaName: relationship.schemaName,
        displayName: relationship.schemaName,
        parent: parent.logicalName,
        parentDisplayName: parent.displayName,
        ...provided,
        dependent: dependentOf(form, 60),
      });
    }
  }
  return dependencies;
}

/**
 * An app that keeps the platform's default icon depends on it, as exports declare: the icon's
 * web resource (type 61) from the solution that provides it, needed by the app (type 80).
 */
export function appIconDependencies(solution: Pick<SolutionDefinition, "appModules">): Dependency[] {
  return solution.appModules.flatMap((app) =>
    app.icon.providedBy
      ? [
          {
            type: 61 as const,
            schemaName: app.icon.name,
            displayName: app.icon.name,
            providedBy: app.icon.providedBy.uniqueName,
            providedByVersion: app.icon.providedBy.version,
            dependent: { type: 80 as const, schemaName: app.uniqueName, displayName: app.displayName },
          },
        ]
      : [],
  );
}
