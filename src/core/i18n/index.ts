// The public entry: translation over the areas loaded so far. It loads no area itself;
// import an area's module (`./messages/<area>`), `./areas` (all) or `./translate`.
export * from "./catalogue";
export * from "./define";
export * from "./language";
export * from "./lookup";
export * from "./plural";
