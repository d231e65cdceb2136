import { defineMessages } from "../define";

/**
 * The pane shell's texts beyond `common`: what each section is for, shown while the
 * section is not built yet, the loading state, and the pane's menu (in Excel). Swedish to be checked by a fluent speaker.
 */
export const pane = defineMessages({
  fi: {
    "pane.purpose.templates":
      "Lisää kierroksen asetukset ja maakunnan esityksen pohja, tai tee kaikki 18 maakunnan pohjaa kerralla valmiiksi täytettyinä.",
    "pane.purpose.validate":
      "Tarkistaa rahoituksen ja teemat jokaisella tunnistetulla taulukolla, luettelee havainnot, merkitsee solut ja tarjoaa korjauksia.",
    "pane.purpose.consolidate":
      "Kokoaa kaikki työkirjan esitykset yhteenvetotaulukoiksi ja yhdeksi luetteloksi, jossa on linkki jokaiseen lähderiviin.",
    "pane.purpose.memo":
      "Tekee muistioon sopivan tekstin suomeksi, ruotsiksi tai englanniksi liitettäväksi Wordiin.",
    "pane.purpose.import":
      "Lukee maakuntien .xlsx-tiedostot, tunnistaa ja tarkistaa ne ja näyttää esikatselun ennen kuin mitään kirjoitetaan.",
    "pane.notYet": "Tätä toimintoa ei ole vielä tässä versiossa.",
    "pane.loading": "Ladataan…",
    "pane.menu": "Lisää toimintoja",
    "pane.menu.selfCheck": "Tarkista tämä Excel",
  },
  sv: {
    "pane.purpose.templates":
      "Infogar omgångens inställningar och mallen för landskapets förslag, eller skapar alla 18 landskapsmallar på en gång, förifyllda.",
    "pane.purpose.validate":
      "Granskar finansiering och teman på varje igenkänt blad, listar fynden, markerar cellerna och erbjuder korrigeringar.",
    "pane.purpose.consolidate":
      "Sammanställer alla förslag i arbetsboken till sammandragsblad och en lista med en länk till varje källrad.",
    "pane.purpose.memo":
      "Skapar text för promemorian på finska, svenska eller engelska att klistra in i Word.",
    "pane.purpose.import":
      "Läser landskapens .xlsx-filer, känner igen och granskar dem och visar en förhandsvisning innan något skrivs.",
    "pane.notYet": "Den här funktionen finns inte ännu i den här versionen.",
    "pane.loading": "Laddar…",
    "pane.menu": "Fler funktioner",
    "pane.menu.selfCheck": "Kontrollera detta Excel",
  },
  en: {
    "pane.purpose.templates":
      "Inserts the round settings and the regional proposal template, or produces all 18 regional templates at once, pre-filled.",
    "pane.purpose.validate":
      "Checks funding and themes on every recognised sheet, lists the issues, marks the cells and offers fixes.",
    "pane.purpose.consolidate":
      "Consolidates all proposals in the workbook into summary sheets and one list with a link back to each source row.",
    "pane.purpose.memo":
      "Produces memo-ready text in Finnish, Swedish or English to paste into Word.",
    "pane.purpose.import":
      "Reads the regions' .xlsx files, recognises and validates them, and shows a preview before anything is written.",
    "pane.notYet": "This feature is not available in this version yet.",
    "pane.loading": "Loading…",
    "pane.menu": "More actions",
    "pane.menu.selfCheck": "Check this Excel",
  },
});

export type PaneMessageKey = keyof (typeof pane)["en"];
