import { defineMessages } from "../define";

/** The command line's own texts (the readable `validate` report). Swedish to be checked. */
export const cli = defineMessages({
  fi: {
    "cli.report.previous":
      "Verrattu edelliseen yhteenvetoon {file}: uusia {new}, pudonneita {dropped}, jatkuvia {continued} (tavoitteen perusteella tunnistettu {byObjective}), toteutumisen tila muuttunut {statusChanges}.",
    "cli.report.file": "Tiedosto {file}",
    "cli.report.sheet": "Välilehti {sheet}",
    "cli.report.wholeSheet": "koko välilehti",
    "cli.report.fix": "korjaus: {fix}",
    "cli.report.counts": "Virheitä {error}, varoituksia {warning}, huomautuksia {info}.",
    "cli.report.noIssues": "Ei havaintoja.",
    "cli.report.settingsDefault": "Kierroksen asetukset: oletusarvot.",
    "cli.report.settingsFrom": "Kierroksen asetukset: {file}, välilehti {sheet}.",
    "cli.report.skipped": "Ohitetut säännöt: {rules}. {reason}",
    "cli.unexpected":
      "Odottamaton virhe; mitään ei kirjoitettu. Kokeile uudelleen tai ilmoita virheestä ja liitä mukaan käytetyt tiedostot.",
    "cli.outputsClash": "Tulosteet {out} ja {memo} ovat sama tiedosto; valitse eri nimet.",
    "cli.noOutputFolder": "Kansiota {folder} ei ole; tulostetta {file} ei voi kirjoittaa sinne.",
  },
  sv: {
    "cli.report.previous":
      "Jämfört med den föregående sammanfattningen {file}: nya {new}, bortfallna {dropped}, fortsatta {continued} (identifierade genom målet {byObjective}), ändrad genomförandestatus {statusChanges}.",
    "cli.report.file": "Fil {file}",
    "cli.report.sheet": "Blad {sheet}",
    "cli.report.wholeSheet": "hela bladet",
    "cli.report.fix": "korrigering: {fix}",
    "cli.report.counts": "Fel {error}, varningar {warning}, anmärkningar {info}.",
    "cli.report.noIssues": "Inga anmärkningar.",
    "cli.report.settingsDefault": "Omgångens inställningar: standardvärden.",
    "cli.report.settingsFrom": "Omgångens inställningar: {file}, bladet {sheet}.",
    "cli.report.skipped": "Regler som inte kördes: {rules}. {reason}",
    "cli.unexpected":
      "Ett oväntat fel; inget skrevs. Försök igen eller rapportera felet och bifoga filerna som användes.",
    "cli.outputsClash": "Utfilerna {out} och {memo} är samma fil; välj olika namn.",
    "cli.noOutputFolder": "Mappen {folder} finns inte; utfilen {file} kan inte skrivas där.",
  },
  en: {
    "cli.report.previous":
      "Compared with the previous summary {file}: {new} new, {dropped} dropped, {continued} continued ({byObjective} matched by objective), {statusChanges} with a changed implementation status.",
    "cli.report.file": "File {file}",
    "cli.report.sheet": "Sheet {sheet}",
    "cli.report.wholeSheet": "whole sheet",
    "cli.report.fix": "fix: {fix}",
    "cli.report.counts": "Errors {error}, warnings {warning}, info {info}.",
    "cli.report.noIssues": "No issues.",
    "cli.report.settingsDefault": "Round settings: defaults.",
    "cli.report.settingsFrom": "Round settings: {file}, sheet {sheet}.",
    "cli.report.skipped": "Rules not run: {rules}. {reason}",
    "cli.unexpected":
      "An unexpected error; nothing was written. Try again, or report it with the files used.",
    "cli.outputsClash": "The outputs {out} and {memo} are the same file; choose different names.",
    "cli.noOutputFolder":
      "The folder {folder} does not exist; the output {file} cannot be written there.",
  },
});
