#!/usr/bin/env node
// `npm run manifest:locales`: copy every en-US <Override>/<bt:Override> of manifest.xml to the other
// English locales, so that Office in English (United Kingdom), English (India)… shows the English
// ribbon, names and help too. Office matches an Override's Locale exactly and falls back to the
// DefaultValue (Vietnamese) for any locale it does not find. Idempotent; `--check` only reports.
"use strict";
const fs = require("fs");
const path = require("path");
const { ENGLISH_LOCALES } = require("./manifest-checks");

const OTHERS = ENGLISH_LOCALES.filter((l) => l !== "en-US");

/** The manifest text with exactly one copy of each en-US override per other English locale, right after it. */
function withEnglishLocales(xml) {
  const lines = xml.split("\n");
  const out = [];
  const other = new RegExp(`<(?:bt:)?Override Locale="(?:${OTHERS.join("|")})"`);
  for (const line of lines) {
    if (other.test(line)) continue; // re-generated below from the en-US line
    out.push(line);
    if (/<(?:bt:)?Override Locale="en-US"/.test(line)) {
      for (const locale of OTHERS) out.push(line.replace('Locale="en-US"', `Locale="${locale}"`));
    }
  }
  return out.join("\n");
}

function main(argv) {
  const check = argv.includes("--check");
  const file = path.resolve(argv.find((a) => !a.startsWith("--")) || path.join(__dirname, "..", "manifest.xml"));
  const before = fs.readFileSync(file, "utf8");
  const after = withEnglishLocales(before);
  if (before === after) {
    console.log(`✓ ${path.basename(file)}: every en-US override is copied to ${OTHERS.join(", ")}`);
    return 0;
  }
  if (check) {
    console.error(`✗ ${path.basename(file)}: English locale overrides are out of date; run npm run manifest:locales`);
    return 1;
  }
  fs.writeFileSync(file, after);
  console.log(`✓ ${path.basename(file)}: English overrides written for ${OTHERS.join(", ")}`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));

module.exports = { withEnglishLocales };
