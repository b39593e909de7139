"use strict";
// `node scripts/bench/nq-rss.js <nq arguments>`: runs nq in this process and prints, as the last line,
// {code, maxRssBytes} (peak resident memory of the whole run, from process.resourceUsage()).
const path = require("path");
const { main } = require(path.join(__dirname, "..", "..", "lib", "cli", "main.js"));
const io = { out: () => undefined, err: () => undefined, isTTY: false, cwd: process.cwd() };
main(process.argv.slice(2), io).then((code) => {
  process.stdout.write(JSON.stringify({ code, maxRssBytes: process.resourceUsage().maxRSS * 1024 }) + "\n");
});
