import { markerName, roleOfMarker } from "../../src/excel/markers";
import { OWN_ROLES, ownName, ownRoleFromName } from "../../src/xlsx/marker";

// A workbook checked by `nq check` and then opened in Excel (or the other way round) must have its
// result sheets replaced on the next run, not duplicated: both layers must name their markers alike.
describe("own-sheet markers are the same in Excel and in files", () => {
  it.each(OWN_ROLES.map((r) => [r]))("role %s", (role) => {
    for (const n of [1, 2, 3]) {
      expect(markerName(role, n)).toBe(ownName(role, n));
      expect(roleOfMarker(ownName(role, n))).toBe(role);
      expect(ownRoleFromName(markerName(role, n))).toBe(role);
    }
  });

  it("a user's own defined name is never taken for a marker", () => {
    expect(roleOfMarker("_NQ_summary")).toBeNull();
    expect(ownRoleFromName("NQ_OWN_summary")).toBeNull();
    expect(roleOfMarker("TongHop")).toBeNull();
  });
});
