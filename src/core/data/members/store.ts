import type { SheetPos } from "../../validation/sink";
import type { Member } from "../model";

/** 0-based column of each member field in one member table (-1: the column is absent). */
export interface MemberColumns {
  name: number; birth: number; gender: number; org: number; branch: number; admission: number; official: number;
  qualification: number; politicalTheory: number; student: number; privateEnterprise: number; youthUnion: number;
  rating: number; notRatedReason: number; inspected: number; studied: number; committed: number;
}

export function memberColumns(cols: Map<string, number>): MemberColumns {
  const g = (id: string): number => cols.get(id) ?? -1;
  return {
    name: g("name"), birth: g("birth"), gender: g("gender"), org: g("org"), branch: g("branch"), admission: g("admission"), official: g("official"),
    qualification: g("qualification"), politicalTheory: g("politicalTheory"), student: g("student"), privateEnterprise: g("privateEnterprise"),
    youthUnion: g("youthUnion"), rating: g("rating"), notRatedReason: g("notRatedReason"), inspected: g("inspected"), studied: g("studied"), committed: g("committed"),
  };
}

/** The distinct texts of one column, each kept once; a member holds its index (-1: blank). */
export class TextDictionary {
  readonly texts: string[] = [];
  private readonly index = new Map<string, number>();
  intern(text: string): number {
    let k = this.index.get(text);
    if (k === undefined) {
      k = this.texts.length;
      this.texts.push(text);
      this.index.set(text, k);
    }
    return k;
  }
  text(code: number): string | null {
    return code < 0 ? null : this.texts[code];
  }
}

/** The organisations the members name: text as shown and matching key, per distinct pair. */
export class OrgDictionary {
  readonly texts: string[] = [];
  readonly keys: string[] = [];
  private readonly index = new Map<string, number>();
  intern(text: string, key: string): number {
    const id = `${text}\u0000${key}`;
    let k = this.index.get(id);
    if (k === undefined) {
      k = this.texts.length;
      this.texts.push(text);
      this.keys.push(key);
      this.index.set(id, k);
    }
    return k;
  }
}

/** One member table as read: where it is and its columns (the store keeps no reference to the grid). */
export interface MemberTable {
  pos: SheetPos;
  cols: MemberColumns;
}

/**
 * The member list, column by column (docs/performance.md): one typed array per field instead of one
 * object per member, so a million members are a few dozen arrays for the garbage collector, not a
 * million records. Dates are whole Excel serials (NO_DATE for blank); yes/no, gender, ratings and
 * reasons are byte codes (codes.ts, 0 = blank); organisation, chi bộ, qualification and theory are
 * dictionary indices (-1 = blank). Names are one list of the cells' own strings (no copy). The store holds
 * nothing of the input grids, so a caller that drops them (nq check) lets the collector free them.
 */
export class MemberStore {
  /** Members in the store (the arrays are longer: they are sized up front). */
  length = 0;
  readonly tables: MemberTable[] = [];
  /** Per member: index into `tables`, and the 0-based row of the table's values. */
  readonly table: Int32Array;
  readonly gridRow: Int32Array;
  /** Excel serials; NO_DATE when blank. */
  readonly birth: Int32Array;
  readonly admission: Int32Array;
  readonly official: Int32Array;
  /** nameHash of the name (as int32) when known, else -1 (then it is computed again: -1 may be a real hash too). */
  readonly nameHash: Int32Array;
  readonly org: Int32Array;
  readonly branch: Int32Array;
  readonly qualification: Int32Array;
  readonly theory: Int32Array;
  readonly gender: Uint8Array;
  readonly rating: Uint8Array;
  readonly notRated: Uint8Array;
  readonly student: Uint8Array;
  readonly privateEnterprise: Uint8Array;
  readonly youthUnion: Uint8Array;
  readonly inspected: Uint8Array;
  readonly studied: Uint8Array;
  readonly committed: Uint8Array;
  /** 1 where the row has an error and is left out (until `compact`). */
  readonly bad: Uint8Array;
  readonly orgs = new OrgDictionary();
  readonly branches = new TextDictionary();
  readonly qualifications = new TextDictionary();
  readonly theories = new TextDictionary();
  /** Per member: the name as read ("" when blank); sized up front like the typed columns (no growing copies). */
  readonly names: string[];
  /** The per-row view (view.ts), once somebody asked for it. */
  view: Member[] | null = null;

  constructor(readonly capacity: number) {
    const i32 = (): Int32Array => new Int32Array(capacity);
    const u8 = (): Uint8Array => new Uint8Array(capacity);
    this.names = new Array<string>(capacity);
    this.table = i32();
    this.gridRow = i32();
    this.birth = i32();
    this.admission = i32();
    this.official = i32();
    this.nameHash = i32();
    this.org = i32();
    this.branch = i32();
    this.qualification = i32();
    this.theory = i32();
    this.gender = u8();
    this.rating = u8();
    this.notRated = u8();
    this.student = u8();
    this.privateEnterprise = u8();
    this.youthUnion = u8();
    this.inspected = u8();
    this.studied = u8();
    this.committed = u8();
    this.bad = u8();
  }

  name(i: number): string {
    return this.names[i];
  }
  pos(i: number): SheetPos {
    return this.tables[this.table[i]].pos;
  }
  cols(i: number): MemberColumns {
    return this.tables[this.table[i]].cols;
  }
  /** 1-based Excel row of member i. */
  row(i: number): number {
    return this.gridRow[i] + this.tables[this.table[i]].pos.originRow + 1;
  }
  orgText(i: number): string {
    const o = this.org[i];
    return o < 0 ? "" : this.orgs.texts[o];
  }
  orgKey(i: number): string {
    const o = this.org[i];
    return o < 0 ? "" : this.orgs.keys[o];
  }
  branchText(i: number): string | null {
    return this.branches.text(this.branch[i]);
  }
  /** Does any member table have this column? */
  hasColumn(field: keyof MemberColumns): boolean {
    return this.tables.some((t) => t.cols[field] >= 0);
  }

  /** Drop the members flagged `bad`, keeping the order; returns how many were dropped. */
  compact(): number {
    const n = this.length;
    const bad = this.bad;
    const from = bad.subarray(0, n).indexOf(1);
    if (from < 0) return 0;
    for (const a of [this.table, this.gridRow, this.birth, this.admission, this.official, this.nameHash, this.org, this.branch, this.qualification, this.theory]) keepI32(a, bad, from, n);
    for (const a of [this.gender, this.rating, this.notRated, this.student, this.privateEnterprise, this.youthUnion, this.inspected, this.studied, this.committed]) keepU8(a, bad, from, n);
    const names = this.names;
    let j = from;
    for (let i = from; i < n; i++) if (!bad[i]) names[j++] = names[i];
    names.length = j;
    let kept = from;
    for (let i = from; i < n; i++) if (!bad[i]) kept++;
    bad.fill(0, 0, n);
    this.length = kept;
    this.view = null;
    return n - kept;
  }
}

// One loop per array type: a loop over arrays of several element kinds would be megamorphic (slow).
function keepI32(a: Int32Array, bad: Uint8Array, from: number, n: number): void {
  let j = from;
  for (let i = from; i < n; i++) if (!bad[i]) a[j++] = a[i];
}
function keepU8(a: Uint8Array, bad: Uint8Array, from: number, n: number): void {
  let j = from;
  for (let i = from; i < n; i++) if (!bad[i]) a[j++] = a[i];
}
