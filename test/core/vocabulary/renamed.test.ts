import { formerMinistry, regionOfCouncil } from "../../../src/core/vocabulary";

describe("regional councils named in the region cell", () => {
  it.each([
    ["Satakuntaliitto", "MK04"],
    ["Landskapsförbundet i Österbotten", "MK15"],
    ["Österbottens förbund", "MK15"],
    ["Nylands förbund", "MK01"],
    ["Pohjois-Karjalan maakuntaliitto", "MK12"],
    ["Etelä-Savon maakuntaliitto", "MK10"],
    ["Hämeen liitto", "MK05"],
    ["Päijät-Hämeen liitto", "MK07"],
    ["Kainuun liitto", "MK18"],
    ["Regional Council of Lapland", "MK19"],
    ["Helsinki-Uusimaa Regional Council", "MK01"],
    ["Council of Tampere Region", "MK06"],
  ])("%s is the council of %s", (council, region) => {
    expect(regionOfCouncil(council)).toBe(region);
  });

  it.each(["Satakunta", "Kunnat", "liitto", "Suomen Kuntaliitto"])("%s is no council", (text) => {
    expect(regionOfCouncil(text)).toBeNull();
  });
});

describe("former ministries", () => {
  it.each([
    ["OPM", "OKM"],
    ["opetusministeriö", "OKM"],
    ["KTM", "TEM"],
    ["Kauppa- ja teollisuusministeriö", "TEM"],
    ["työministeriö", "TEM"],
    ["Sisäasiainministeriö", "SM"],
  ])("%s is today's %s", (former, code) => {
    expect(formerMinistry(former)).toBe(code);
  });

  it("knows no former name for today's ministries", () => {
    expect(formerMinistry("TEM")).toBeNull();
    expect(formerMinistry("PLM")).toBeNull();
  });
});
