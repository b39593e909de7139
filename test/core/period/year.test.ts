import { defaultReportingYear } from "../../../src/core/period/year";

describe("defaultReportingYear", () => {
  it("takes the resolution's year when it has one, whatever the date", () => {
    expect(defaultReportingYear(2025, new Date(2026, 1, 10))).toBe(2025);
    expect(defaultReportingYear(2024, new Date(2026, 8, 1))).toBe(2024);
  });

  it("is the previous year from 1 January to 31 March (the year-end report), the current year from 1 April", () => {
    expect(defaultReportingYear(null, new Date(2026, 0, 1))).toBe(2025);
    expect(defaultReportingYear(null, new Date(2026, 2, 31, 23, 59))).toBe(2025);
    expect(defaultReportingYear(null, new Date(2026, 3, 1, 0, 0))).toBe(2026);
    expect(defaultReportingYear(undefined, new Date(2026, 11, 31))).toBe(2026);
  });

  it("ignores a year that is no plausible reporting year", () => {
    expect(defaultReportingYear(1975, new Date(2026, 5, 1))).toBe(2026);
    expect(defaultReportingYear(2025.5, new Date(2026, 5, 1))).toBe(2026);
    expect(defaultReportingYear(Number.NaN, new Date(2026, 1, 1))).toBe(2025);
  });
});
