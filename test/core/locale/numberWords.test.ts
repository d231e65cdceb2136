import { capitalise, numberInWords } from "../../../src/core/locale/numberWords";

describe("numberInWords", () => {
  it("writes zero to ten in words and larger numbers in digits", () => {
    expect(numberInWords(3, "fi")).toBe("kolme");
    expect(numberInWords(3, "sv")).toBe("tre");
    expect(numberInWords(3, "en")).toBe("three");
    expect(numberInWords(10, "fi")).toBe("kymmenen");
    expect(numberInWords(17, "fi")).toBe("17");
    expect(numberInWords(12500, "fi")).toBe("12\u00a0500");
    expect(numberInWords(12500, "en")).toBe("12,500");
    expect(numberInWords(2.5, "en")).toBe("3");
  });

  it("capitalises a sentence that starts with a number", () => {
    expect(capitalise("tre av 18")).toBe("Tre av 18");
    expect(capitalise("17 of the 18")).toBe("17 of the 18");
  });
});
