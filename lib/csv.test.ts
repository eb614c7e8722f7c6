import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("writes a header row and one CRLF-ended line per row", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("a,b\r\n1,x\r\n");
  });

  it("quotes fields holding commas, quotes or line breaks", () => {
    expect(toCsv(["v"], [['Seong Gi-hun, "No. 456"'], ["a\nb"]])).toBe(
      'v\r\n"Seong Gi-hun, ""No. 456"""\r\n"a\nb"\r\n',
    );
  });

  it("leaves missing values empty", () => {
    expect(toCsv(["a", "b"], [[null, undefined]])).toBe("a,b\r\n,\r\n");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(toCsv(["v"], [["=1+1"], ["-x"], [-1]])).toBe(
      "v\r\n'=1+1\r\n'-x\r\n-1\r\n",
    );
  });
});
