import { chooseTheme, isDarkBackground, luminance } from "../../src/taskpane/shell/theme";

describe("chooseTheme: the pane follows Office's theme", () => {
  it("is dark on Office's dark grey and black themes", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(chooseTheme({ bodyBackgroundColor: "#000000" }, false)).toBe("dark");
    expect(chooseTheme({ bodyBackgroundColor: "#444" }, false)).toBe("dark");
  });

  it("is light on Office's white, colourful and light grey themes", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#FFFFFF" }, false)).toBe("light");
    expect(chooseTheme({ bodyBackgroundColor: "#e6e6e6" }, false)).toBe("light");
    expect(chooseTheme({ bodyBackgroundColor: "#d6d6d6" }, false)).toBe("light");
  });

  it("is light where Office gives no theme (Excel on the web, the browser page)", () => {
    expect(chooseTheme(undefined, false)).toBe("light");
    expect(chooseTheme({}, false)).toBe("light");
    expect(chooseTheme({ bodyBackgroundColor: "not a colour" }, false)).toBe("light");
  });

  it("is high contrast whenever the system forces colours, whatever Office says", () => {
    expect(chooseTheme({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("highContrast");
    expect(chooseTheme({ bodyBackgroundColor: "#262626" }, true)).toBe("highContrast");
    expect(chooseTheme(undefined, true)).toBe("highContrast");
  });
});

describe("colour arithmetic", () => {
  it("gives black and white their WCAG luminance", () => {
    expect(luminance("#000")).toBe(0);
    expect(luminance("#ffffff")).toBeCloseTo(1, 10);
    expect(luminance("#12345")).toBeUndefined();
  });

  it("splits mid greys where white and black text contrast equally", () => {
    expect(isDarkBackground("#757575")).toBe(true);
    expect(isDarkBackground("#767676")).toBe(false);
  });
});
