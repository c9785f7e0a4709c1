export * from "./names";
