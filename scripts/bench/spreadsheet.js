"use strict";
/**
 * The spreadsheet-engine baseline: the same indicators computed the way a user would with formulas
 * (COUNTIF/COUNTIFS/COUNTA over the same cells), by HyperFormula in-process.
 *
 * HyperFormula 3.5.0 is GPL-3.0-only. It is a devDependency used by this benchmark only; it is never
 * imported by src/ and never shipped in the add-in or the CLI.
 */
const { HyperFormula } = require("hyperformula");

const LEVELS = [
  ["HTXSNV", "Hoàn thành xuất sắc nhiệm vụ"],
  ["HTTNV", "Hoàn thành tốt nhiệm vụ"],
  ["HTNV", "Hoàn thành nhiệm vụ"],
  ["KHTNV", "Không hoàn thành nhiệm vụ"],
];
const SUB_BRANCH = "Chi bộ trực thuộc";
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function quote(sheet) {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** Excel column letters → 0-based index. */
function colIndex(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A cell as a spreadsheet holds it: Date → serial, "" → empty. Done before timing (the workbook already exists). */
function cellOf(v) {
  if (v === "" || v === undefined) return null;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / 86400000;
  return v;
}

/** The grids as HyperFormula sheets (origin offsets become blank rows/columns). */
function sheetsOf(workbook) {
  const sheets = {};
  for (const g of workbook.sheets) {
    const r0 = g.origin ? g.origin.row : 0;
    const c0 = g.origin ? g.origin.column : 0;
    const pad = new Array(c0).fill(null);
    const rows = [];
    for (let i = 0; i < r0; i++) rows.push([]);
    for (const row of g.values) {
      const out = c0 ? pad.slice() : [];
      for (let j = 0; j < row.length; j++) out.push(cellOf(row[j]));
      rows.push(out);
    }
    sheets[g.name] = rows;
  }
  return sheets;
}

/**
 * The formulas a user would type for the indicators of `targets`, plus the "Theo tổ chức" figures per
 * organisation (members, share rated HTTNV or better, share inspected) and one verdict per target.
 * `recognised` (from readDataSet) tells where each column is, so both engines read the same cells.
 * Returns rows for a "Tính" sheet and where each indicator's value lands.
 */
function formulaSheet(recognised, targets, year, orgNames) {
  const tbl = (name) => recognised.find((r) => r.table === name) || null;
  const range = (t, field) => {
    if (!t || !t.columns[field]) return null;
    const c = t.columns[field];
    return `${quote(t.sheet)}!$${c}$${t.headerRow + 1}:$${c}$${t.headerRow + Math.max(1, t.dataRows)}`;
  };
  const m = tbl("members");
  const o = tbl("organisations");
  const u = tbl("unions");
  const rows = [];
  const at = {}; // indicator id → "Tính!B<row>"
  const add = (label, formula) => {
    rows.push([label, formula]);
    return `B${rows.length}`;
  };
  // Member rating counts: full text and abbreviation, as typed.
  const mr = range(m, "rating");
  const level = mr ? LEVELS.map(([abbr, full]) => add(abbr, `=COUNTIF(${mr},"${full}")+COUNTIF(${mr},"${abbr}")`)) : null;
  const rated = level ? add("rated", `=${level.join("+")}`) : null;
  const names = range(m, "name");
  const total = names ? add("members", `=COUNTA(${names})`) : null;
  const y0 = year ? (Date.UTC(year, 0, 1) - EXCEL_EPOCH) / 86400000 : null;
  const y1 = year ? (Date.UTC(year, 11, 31) - EXCEL_EPOCH) / 86400000 : null;
  const adm = range(m, "admission");
  const orr = range(o, "rating");
  const otype = range(o, "type");
  const grassroots = otype ? add("grassroots", `=COUNTIF(${otype},"<>${SUB_BRANCH}")`) : null;
  const orgLevel = orr && otype ? LEVELS.map(([abbr, full]) => add(`org ${abbr}`, `=COUNTIFS(${otype},"<>${SUB_BRANCH}",${orr},"${full}")+COUNTIFS(${otype},"<>${SUB_BRANCH}",${orr},"${abbr}")`)) : null;
  const orgRated = orgLevel ? add("org rated", `=${orgLevel.join("+")}`) : null;
  // Unions: shares over the grassroots unions ("Cơ sở"), the count over those above grassroots (as the catalogue).
  const ur = range(u, "rating");
  const ul = range(u, "level");
  const unionCounts = (cond, tag) => LEVELS.map(([abbr, full]) => add(`union ${tag} ${abbr}`, cond ? `=COUNTIFS(${ul},"${cond}",${ur},"${full}")+COUNTIFS(${ul},"${cond}",${ur},"${abbr}")` : `=COUNTIF(${ur},"${full}")+COUNTIF(${ur},"${abbr}")`));
  const uLevel = ur ? unionCounts(ul ? "<>Trên cơ sở" : null, "base") : null;
  const uRated = uLevel ? add("union rated", `=${uLevel.join("+")}`) : null;
  const uUpper = ur && ul ? unionCounts("Trên cơ sở", "upper") : uLevel;

  const share = (lv, lvRated, upto, only) => `=IF(${lvRated}=0,"",(${(only ? [lv[only]] : lv.slice(0, upto + 1)).join("+")})/${lvRated})`;
  const flag = (field) => {
    const r = range(m, field);
    return r && total ? `=IF(${total}=0,"",COUNTIF(${r},"x")/${total})` : null;
  };
  const admitted = (field) => {
    if (!adm || !year) return null;
    const extra = field ? range(m, field) : "";
    if (extra === null) return null;
    return `=COUNTIFS(${adm},">=${y0}",${adm},"<=${y1}"${field ? `,${extra},"x"` : ""})`;
  };
  const orgFlag = (field, test) => {
    const r = range(o, field);
    return r && grassroots ? `=IF(${grassroots}=0,"",COUNTIFS(${otype},"<>${SUB_BRANCH}",${r},"${test}")/${grassroots})` : null;
  };
  const perUnit = (field, target) => {
    const r = range(o, field);
    const k = target && typeof target.value === "number" && target.kind !== "percent" ? target.value : 1;
    return r ? `=COUNTIF(${r},">=${k}")` : null;
  };
  const formulas = {
    "member.rating.htxsnv.share": () => (level ? share(level, rated, 0) : null),
    "member.rating.httnv_plus.share": () => (level ? share(level, rated, 1) : null),
    "member.rating.htnv_plus.share": () => (level ? share(level, rated, 2) : null),
    "member.rating.khtnv.share": () => (level ? share(level, rated, 0, 3) : null),
    "org.rating.htxsnv.share": () => (orgLevel ? share(orgLevel, orgRated, 0) : null),
    "org.rating.httnv_plus.share": () => (orgLevel ? share(orgLevel, orgRated, 1) : null),
    "org.rating.htnv_plus.share": () => (orgLevel ? share(orgLevel, orgRated, 2) : null),
    "org.rating.khtnv.share": () => (orgLevel ? share(orgLevel, orgRated, 0, 3) : null),
    "member.admitted.count": () => admitted(null),
    "member.admitted.students.count": () => admitted("student"),
    "member.admitted.private.count": () => admitted("privateEnterprise"),
    "member.admitted.youth.count": () => admitted("youthUnion"),
    "member.studied.share": () => flag("studied"),
    "member.committed.share": () => flag("committed"),
    "member.inspected.share": () => flag("inspected"),
    "branch.inspected.share": () => {
      const r = range(o, "inspected");
      return r && otype ? `=IFERROR(COUNTIFS(${otype},"${SUB_BRANCH}",${r},"x")/COUNTIF(${otype},"${SUB_BRANCH}"),"")` : null;
    },
    "org.inspected.share": () => orgFlag("inspected", "x"),
    "org.models.registered.share": () => orgFlag("modelsRegistered", ">0"),
    "org.models.passed.share": () => orgFlag("modelsPassed", ">0"),
    "org.tasks.share": () => orgFlag("professionalTasksDone", "x"),
    "org.democracy.share": () => orgFlag("democracyGood", "x"),
    "union.rating.httnv_plus.count": () => (uUpper ? `=${uUpper[0]}+${uUpper[1]}` : null),
    "union.rating.httnv_plus.share": () => (uLevel ? share(uLevel, uRated, 1) : null),
    "union.rating.htnv_plus.share": () => (uLevel ? share(uLevel, uRated, 2) : null),
  };
  const verdicts = [];
  for (const t of targets) {
    if (!t.indicator) continue;
    let cell = at[t.indicator];
    if (!cell) {
      const per = { "org.exemplars.per_unit": "exemplars", "org.models.per_unit": "modelsRegistered", "org.danvankheo.per_unit": "danVanKheo" }[t.indicator];
      const f = per ? perUnit(per, t) : formulas[t.indicator] ? formulas[t.indicator]() : null;
      if (!f) continue;
      cell = add(t.indicator, f);
      if (!per) at[t.indicator] = cell;
    }
    if (typeof t.value === "number") {
      const goal = t.kind === "percent" ? t.value / (t.value > 1 ? 100 : 1) : t.value;
      verdicts.push(add(`verdict ${t.id}`, `=IF(${cell}="","Thiếu dữ liệu",IF(${cell}>=${goal},"Đạt","Chưa đạt"))`));
    }
  }
  // "Theo tổ chức": per organisation, over the member list (what runCheck's organisation rows hold).
  const morg = range(m, "org");
  const insp = range(m, "inspected");
  let perOrg = 0;
  if (morg && mr) {
    for (const name of orgNames) {
      const n = JSON.stringify(name);
      const c = (lv) => `COUNTIFS(${morg},${n},${mr},"${lv}")`;
      rows.push([
        name,
        `=COUNTIF(${morg},${n})`,
        `=IFERROR((${c(LEVELS[0][1])}+${c(LEVELS[1][1])})/(${LEVELS.map((l) => c(l[1])).join("+")}),"")`,
        insp ? `=IFERROR(COUNTIFS(${morg},${n},${insp},"x")/B${rows.length + 1},"")` : null,
      ]);
      perOrg++;
    }
  }
  return { rows, at, verdicts: verdicts.length, perOrg };
}

/**
 * Build the workbook (data sheets + formula sheet) and let HyperFormula compute it.
 * `sheets` are prepared once with sheetsOf(); build+calculation is what gets timed.
 */
function compute(sheets, formula) {
  const hf = HyperFormula.buildFromSheets({ ...sheets, Tính: formula.rows }, { licenseKey: "gpl-v3", smartRounding: false, maxRows: 2_000_000, useColumnIndex: false });
  const id = hf.getSheetId("Tính");
  const values = {};
  for (const [ind, cell] of Object.entries(formula.at)) {
    const row = Number(cell.slice(1)) - 1;
    const v = hf.getCellValue({ sheet: id, row, col: 1 });
    values[ind] = typeof v === "number" || typeof v === "string" ? v : null;
  }
  hf.destroy();
  return values;
}

module.exports = { sheetsOf, formulaSheet, compute, colIndex };
