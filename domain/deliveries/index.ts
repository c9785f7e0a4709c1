export * from "./contactId";
export * from "./query";
export * from "./summary";
