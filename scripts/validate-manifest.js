#!/usr/bin/env node
// `npm run validate`: offline check of the add-in manifest. First office-addin-manifest parses it
// (as `office-addin-manifest info` does), then the project's own checks (scripts/manifest-checks.js).
// Exit 0 when both pass, 1 otherwise. The online Microsoft validator is `npm run validate:online`.
"use strict";
const fs = require("fs");
const path = require("path");
const { checkManifest } = require("./manifest-checks");

// Usage: validate-manifest.js [manifest.xml] [project root] [--no-dist]
async function main(argv) {
  const noDist = argv.includes("--no-dist");
  const [fileArg, rootArg] = argv.filter((a) => a !== "--no-dist");
  const file = path.resolve(fileArg || "manifest.xml");
  const root = path.resolve(rootArg || path.join(__dirname, ".."));
  if (!fs.existsSync(file)) {
    console.error(`✗ ${file} does not exist`);
    return 1;
  }
  let problems = [];
  try {
    const { OfficeAddinManifest } = require("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    console.log(`office-addin-manifest: ${info.displayName} ${info.version} (${info.id}), ${info.officeAppType}, hosts ${(info.hosts || []).join(", ")}`);
  } catch (e) {
    problems.push(`[office-addin-manifest] cannot read the manifest: ${e && e.message ? e.message : e}`);
  }
  problems = problems.concat(checkManifest(fs.readFileSync(file, "utf8"), noDist ? { root, distDir: null } : { root }));
  const rel = path.relative(process.cwd(), file) || file;
  if (problems.length) {
    console.error(`✗ ${rel}: ${problems.length} problem(s)`);
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  const dist = !noDist && fs.existsSync(path.join(root, "dist")) ? " and dist/" : " (dist/ not checked)";
  console.log(`✓ ${rel} passes the offline checks${dist}. Before a release also run: npm run validate:online`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    process.exit(2);
  },
);
