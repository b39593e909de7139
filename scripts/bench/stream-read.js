"use strict";
/**
 * The floor of the files benchmark: merely read every row of every sheet of an .xlsx with ExcelJS's
 * streaming reader, doing nothing with the values. `node scripts/bench/stream-read.js FILE.xlsx`
 * prints {rows, cells}.
 */
const ExcelJS = require("exceljs");

async function readAll(file) {
  let rows = 0;
  let cells = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "emit" });
  for await (const ws of reader) {
    for await (const row of ws) {
      rows++;
      cells += row.cellCount;
    }
  }
  return { rows, cells };
}

if (require.main === module) {
  readAll(process.argv[2]).then(
    (r) => process.stdout.write(JSON.stringify(r) + "\n"),
    (e) => {
      process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
      process.exit(1);
    },
  );
}

module.exports = { readAll };
