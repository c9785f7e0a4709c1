import type { SqlDialect } from "./dialect";
import type { InsightScope } from "./scope";

/** What a view's body is rendered for. */
export interface ViewContext {
  dialect: SqlDialect;
  /** The schema the views live in. */
  schema: string;
  /** The delivery table, qualified (dbo.msdyn_proactive_delivery on the endpoint). */
  source: string;
  /** The deliveries covered; every row when absent. */
  scope?: InsightScope;
}

export interface ViewDefinition {
  name: string;
  /** One line: what the view is, for the file's index and the README. */
  title: string;
  /** What the view computes, in plain words: the comment above it in the generated file. */
  summary: readonly string[];
  /** Its columns, in order. */
  columns: readonly string[];
  body(context: ViewContext): string;
}

/** The per-delivery view every figure view reads. */
export const deliveriesViewName = "deliveries";

export const qualified = (context: ViewContext, view: string): string => `${context.schema}.${view}`;
