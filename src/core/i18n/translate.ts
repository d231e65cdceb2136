// The entry of the rule, memo and template engines and the command line: their messages
// come from several areas and from data (rule ids), so importing `translate` from here
// loads every area. The pane's shell imports `./index` instead and loads only its own.
import "./areas";

export * from "./lookup";
