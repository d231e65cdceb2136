import { defineMessages } from "../define";

/** The command line's own texts (the readable `validate` report). Swedish to be checked. */
export const cli = defineMessages({
  fi: {
    "cli.report.file": "Tiedosto {file}",
    "cli.report.sheet": "Välilehti {sheet}",
    "cli.report.wholeSheet": "koko välilehti",
    "cli.report.fix": "korjaus: {fix}",
    "cli.report.counts": "Virheitä {error}, varoituksia {warning}, huomautuksia {info}.",
    "cli.report.noIssues": "Ei havaintoja.",
    "cli.report.settingsDefault": "Kierroksen asetukset: oletusarvot.",
    "cli.report.settingsFrom": "Kierroksen asetukset: {file}, välilehti {sheet}.",
    "cli.report.skipped": "Ohitetut säännöt: {rules}. {reason}",
  },
  sv: {
    "cli.report.file": "Fil {file}",
    "cli.report.sheet": "Blad {sheet}",
    "cli.report.wholeSheet": "hela bladet",
    "cli.report.fix": "korrigering: {fix}",
    "cli.report.counts": "Fel {error}, varningar {warning}, anmärkningar {info}.",
    "cli.report.noIssues": "Inga anmärkningar.",
    "cli.report.settingsDefault": "Omgångens inställningar: standardvärden.",
    "cli.report.settingsFrom": "Omgångens inställningar: {file}, bladet {sheet}.",
    "cli.report.skipped": "Regler som inte kördes: {rules}. {reason}",
  },
  en: {
    "cli.report.file": "File {file}",
    "cli.report.sheet": "Sheet {sheet}",
    "cli.report.wholeSheet": "whole sheet",
    "cli.report.fix": "fix: {fix}",
    "cli.report.counts": "Errors {error}, warnings {warning}, info {info}.",
    "cli.report.noIssues": "No issues.",
    "cli.report.settingsDefault": "Round settings: defaults.",
    "cli.report.settingsFrom": "Round settings: {file}, sheet {sheet}.",
    "cli.report.skipped": "Rules not run: {rules}. {reason}",
  },
});
