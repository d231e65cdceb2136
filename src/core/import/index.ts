export * from "./normalise";
export * from "./plan";
export * from "./preview";
export * from "./workbookLang";
