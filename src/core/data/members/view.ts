import type { DataSet, Member } from "../model";
import { CODE_OF_RATING, CODE_OF_REASON, GENDER_OF_CODE, genderCode, NO_DATE, RATING_OF_CODE, REASON_OF_CODE, triCode, triValue } from "./codes";
import { memberColumns, MemberStore, type MemberTable } from "./store";

/**
 * The per-row view of the store (`Member` objects), for the callers that want rows: tests, the demo's
 * count, code outside the check path. The check itself (validation, indicators, "Theo tổ chức") reads the
 * store's arrays and never builds this.
 */

const date = (x: number): number | null => (x === NO_DATE ? null : x);

export function memberAt(s: MemberStore, i: number): Member {
  return {
    ref: { sheet: s.pos(i).sheet, row: s.row(i) },
    name: s.name(i),
    birth: date(s.birth[i]),
    gender: GENDER_OF_CODE[s.gender[i]],
    org: s.orgText(i),
    orgKey: s.orgKey(i),
    branch: s.branchText(i),
    admission: date(s.admission[i]),
    official: date(s.official[i]),
    qualification: s.qualifications.text(s.qualification[i]),
    politicalTheory: s.theories.text(s.theory[i]),
    student: triValue(s.student[i]),
    privateEnterprise: triValue(s.privateEnterprise[i]),
    youthUnion: triValue(s.youthUnion[i]),
    rating: RATING_OF_CODE[s.rating[i]],
    notRated: REASON_OF_CODE[s.notRated[i]],
    inspected: triValue(s.inspected[i]),
    studied: triValue(s.studied[i]),
    committed: triValue(s.committed[i]),
  };
}

/** Every member of the store as a row object (built once per store, then kept). */
export function membersOf(s: MemberStore): Member[] {
  if (s.view) return s.view;
  const out: Member[] = new Array<Member>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = memberAt(s, i);
  s.view = out;
  return out;
}

const NO_COLUMNS = memberColumns(new Map());
const noDateIfNull = (x: number | null): number => (x === null ? NO_DATE : x);

/**
 * A store holding these member rows (data sets built by hand: tests, callers that have rows, not grids);
 * its view is the rows themselves.
 */
export function storeOfMembers(list: readonly Member[]): MemberStore {
  const s = new MemberStore(list.length);
  const tableOf = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const m = list[i];
    let t = tableOf.get(m.ref.sheet);
    if (t === undefined) {
      const table: MemberTable = { pos: { sheet: m.ref.sheet, originRow: 0, originCol: 0 }, cols: NO_COLUMNS };
      t = s.tables.push(table) - 1;
      tableOf.set(m.ref.sheet, t);
    }
    s.table[i] = t;
    s.gridRow[i] = m.ref.row - 1;
    s.names[i] = m.name;
    s.nameHash[i] = -1;
    s.birth[i] = noDateIfNull(m.birth);
    s.admission[i] = noDateIfNull(m.admission);
    s.official[i] = noDateIfNull(m.official);
    s.gender[i] = genderCode(m.gender);
    s.qualification[i] = m.qualification === null ? -1 : s.qualifications.intern(m.qualification);
    s.theory[i] = m.politicalTheory === null ? -1 : s.theories.intern(m.politicalTheory);
    s.org[i] = m.org === "" && m.orgKey === "" ? -1 : s.orgs.intern(m.org, m.orgKey);
    s.branch[i] = m.branch === null ? -1 : s.branches.intern(m.branch);
    s.rating[i] = m.rating === null ? 0 : CODE_OF_RATING[m.rating];
    s.notRated[i] = m.notRated === null ? 0 : CODE_OF_REASON[m.notRated];
    s.student[i] = triCode(m.student);
    s.privateEnterprise[i] = triCode(m.privateEnterprise);
    s.youthUnion[i] = triCode(m.youthUnion);
    s.inspected[i] = triCode(m.inspected);
    s.studied[i] = triCode(m.studied);
    s.committed[i] = triCode(m.committed);
  }
  s.length = list.length;
  s.view = list as Member[];
  return s;
}

const fromRows = new WeakMap<readonly Member[], MemberStore>();

/**
 * The store the check reads: the data set's own one while `members` is still its view (or was never asked
 * for); else (a data set built by hand, or `members` replaced) a store of `members`, made once per list.
 */
export function memberStoreOf(ds: DataSet): MemberStore {
  const own = ds.memberStore;
  if (own) {
    const d = Object.getOwnPropertyDescriptor(ds, "members");
    if (d === undefined || d.get !== undefined || d.value === own.view) return own;
  }
  const list = ds.members;
  let s = fromRows.get(list);
  if (!s) {
    s = storeOfMembers(list);
    fromRows.set(list, s);
  }
  return s;
}

/**
 * Give a data set its store, with `members` as the lazily built view (enumerable, so a copy `{ ...ds }`
 * still has it; assigning `ds.members = […]` replaces the view by those rows).
 */
export function attachMemberStore(ds: Omit<DataSet, "members"> & { members?: Member[] }, store: MemberStore): DataSet {
  delete ds.members;
  ds.memberStore = store;
  Object.defineProperty(ds, "members", {
    enumerable: true,
    configurable: true,
    get: () => membersOf(store),
    set(rows: Member[]) {
      Object.defineProperty(ds, "members", { value: rows, enumerable: true, configurable: true, writable: true });
    },
  });
  return ds as DataSet;
}
