export * from "./labels";
export { labelMatchKey, LabelIndex, dominantLang, type LabelMatch } from "./match";
export * from "./recognise";
export * from "./read";
