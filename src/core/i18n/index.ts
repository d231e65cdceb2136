export * from "./catalogue";
export * from "./define";
export * from "./language";
export * from "./translate";
