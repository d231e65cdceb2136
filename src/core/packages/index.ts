export * from "./contents";
export * from "./identity";
export * from "./plan";
export * from "./read";
export * from "./merge";
export { PACKAGE_INFO_SHEET } from "./columns";
export * from "./workbook";
