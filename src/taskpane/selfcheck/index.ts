export { SelfCheckView, type SelfCheckViewProps } from "./SelfCheckView";
