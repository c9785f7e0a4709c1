export * from "./contactId";
export * from "./query";
export * from "./summary";
export * from "./deliveryItem";
