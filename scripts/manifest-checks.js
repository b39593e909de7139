// The project's own offline checks of manifest.xml: what Office would reject or silently break.
// Pure functions over the XML text plus a few file reads (icons, command sources, dist/), so Jest can
// run them without office-addin-manifest. Each problem is one line: "[check] message".
"use strict";
const fs = require("fs");
const path = require("path");
const { parseXml, localName, descendants, child, pathOf } = require("./manifest-xml");

/** Schema order of <OfficeApp xsi:type="TaskPaneApp"> children (docs/develop/manifest-element-ordering.md). */
const OFFICEAPP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "Dictionary", "VersionOverrides", "ExtendedOverrides",
];
const REQUIRED_CHILDREN = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "SupportUrl",
  "Hosts", "DefaultSettings", "Permissions", "VersionOverrides"];
/** Known orders below VersionOverrides (other children are left to the online validator). */
const NESTED_ORDER = {
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources"],
  Host: ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const MAX = { resid: 32, id: 125, url: 2047, ShortString: 125, LongString: 250 };
const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80];
const RIBBON_SIZES = [16, 32, 80];
const DEFAULT_LOCALE = "vi-VN";
const SECOND_LOCALE = "en-US";
/** English display languages that get the en-US texts (Office matches an Override's Locale exactly). */
const ENGLISH_LOCALES = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA"];
/**
 * What the base <Requirements> may name: only what the task pane and the ribbon need to start. Excel 2019
 * (volume licence) has neither the custom-functions nor the shared runtime and refuses an add-in whose
 * base requirements name them; the functions are declared in VersionOverrides, which such hosts skip.
 */
const BASE_REQUIREMENT_SETS = { ExcelApi: "1.1" };
const CF_NAMESPACE = "NQ";
const CF_FILES = { Script: "functions.js", Page: "functions.html", Metadata: "functions.json" };

/** Which resource type a `resid` on this element must point to. */
function expectedType(el) {
  const name = localName(el);
  if (name === "Image") return "Image";
  if (["SourceLocation", "LearnMoreUrl", "FunctionFile", "Runtime"].includes(name)) return "Url";
  if (["Label", "Title", "Namespace"].includes(name)) return "ShortString";
  if (name === "Description") return "LongString";
  return null;
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(buf) {
  const sig = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(sig) || buf.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/**
 * @param {string} xmlText the manifest
 * @param {{ root?: string, distDir?: string | null }} [options] root: project folder (assets/, src/commands/);
 *   distDir: built add-in, checked when it exists (default root/dist; null skips the dist checks)
 * @returns {string[]} problems, empty when the manifest passes
 */
function checkManifest(xmlText, options = {}) {
  const root = options.root ?? path.join(__dirname, "..");
  const distDir = options.distDir === undefined ? path.join(root, "dist") : options.distDir;
  const problems = [];
  const add = (check, msg) => problems.push(`[${check}] ${msg}`);

  let app;
  try {
    app = parseXml(xmlText);
  } catch (e) {
    return [`[xml] not well-formed XML: ${e.message}`];
  }
  if (app.name !== "OfficeApp" || app.attrs["xsi:type"] !== "TaskPaneApp") {
    return [`[root] root element must be <OfficeApp xsi:type="TaskPaneApp">, found <${app.name}>`];
  }
  const all = descendants(app);
  const at = (el) => `${pathOf(el)} (line ${el.line})`;
  const top = (name) => child(app, name);

  // Element order of OfficeApp children and of the parts of VersionOverrides we rely on.
  const checkOrder = (parent, order, strict) => {
    let last = -1, lastName = "";
    const seen = new Set();
    for (const c of parent.children) {
      const name = localName(c);
      const idx = order.indexOf(name);
      if (idx < 0) {
        if (strict) add("order", `unknown element <${c.name}> in <${parent.name}> (line ${c.line})`);
        continue;
      }
      if (idx < last) add("order", `<${name}> (line ${c.line}) must come before <${lastName}> in <${parent.name}>`);
      if (seen.has(name) && strict) add("order", `<${name}> appears twice in <${parent.name}> (line ${c.line})`);
      seen.add(name);
      if (idx >= last) (last = idx), (lastName = name);
    }
  };
  checkOrder(app, OFFICEAPP_ORDER, true);
  for (const el of all) if (NESTED_ORDER[localName(el)] && el.children.length) checkOrder(el, NESTED_ORDER[localName(el)], false);
  for (const name of REQUIRED_CHILDREN) if (!top(name)) add("required", `<OfficeApp> has no <${name}>`);

  // Identity.
  const id = (top("Id")?.text ?? "").trim();
  if (!GUID.test(id) || /^[0-]+$/.test(id)) add("guid", `<Id> "${id}" is not a GUID (8-4-4-4-12 hex digits)`);
  const version = (top("Version")?.text ?? "").trim();
  if (!VERSION.test(version)) add("version", `<Version> "${version}" must be 1 to 4 dot-separated numbers of up to 5 digits`);
  const permissions = (top("Permissions")?.text ?? "").trim();
  if (permissions !== "ReadWriteDocument") add("permissions", `<Permissions> is "${permissions}", expected the least that works: ReadWriteDocument`);
  const hosts = (top("Hosts")?.children ?? []).map((h) => h.attrs.Name);
  if (hosts.length !== 1 || hosts[0] !== "Workbook") add("hosts", `<Hosts> must declare exactly <Host Name="Workbook"/>, found [${hosts.join(", ")}]`);
  const voHosts = all.filter((e) => e.name === "Host" && e.parent && localName(e.parent) === "Hosts" && e.parent.parent?.name === "VersionOverrides");
  for (const h of voHosts) if (h.attrs["xsi:type"] !== "Workbook") add("hosts", `VersionOverrides <Host> at line ${h.line} has xsi:type "${h.attrs["xsi:type"]}", expected Workbook`);
  const support = top("SupportUrl");
  if (support && !support.attrs.DefaultValue) add("required", "<SupportUrl> has no DefaultValue");

  // Resources by id.
  const resources = new Map();
  const resourcesEl = child(top("VersionOverrides"), "Resources");
  const collections = { Images: "Image", Urls: "Url", ShortStrings: "ShortString", LongStrings: "LongString" };
  for (const coll of resourcesEl?.children ?? []) {
    const type = collections[localName(coll)];
    if (!type) continue;
    for (const r of coll.children) {
      const rid = r.attrs.id ?? "";
      if (resources.has(rid)) add("resid", `resource id "${rid}" is defined twice (line ${r.line})`);
      if (rid.length > MAX.resid) add("resid", `resource id "${rid}" is ${rid.length} characters (max ${MAX.resid})`);
      resources.set(rid, { type, el: r });
    }
  }
  if (resourcesEl) {
    for (const el of descendants(resourcesEl)) {
      if (!el.name.startsWith("bt:")) add("prefix", `<${el.name}> at line ${el.line} in <Resources> needs the bt: prefix (e.g. <bt:${localName(el)}>)`);
    }
  }

  // Every resid resolves to a resource of the right type.
  for (const el of all) {
    const rid = el.attrs.resid;
    if (rid === undefined) continue;
    if (rid.length > MAX.resid) add("resid", `resid "${rid}" at line ${el.line} is ${rid.length} characters (max ${MAX.resid})`);
    const r = resources.get(rid);
    const want = expectedType(el);
    if (!r) add("resid", `resid "${rid}" on ${at(el)} is not defined in <Resources>`);
    else if (want && r.type !== want) add("resid", `resid "${rid}" on ${at(el)} points to a ${r.type}, expected a ${want}`);
  }

  // Control ids: at most 125 characters, unique.
  const ids = new Map();
  for (const el of all) {
    if (el.attrs.id === undefined || (resourcesEl && descendants(resourcesEl).includes(el))) continue;
    const v = el.attrs.id;
    if (v.length > MAX.id) add("ids", `id "${v.slice(0, 40)}…" at line ${el.line} is ${v.length} characters (max ${MAX.id})`);
    if (ids.has(v)) add("ids", `id "${v}" is used twice (lines ${ids.get(v)} and ${el.line})`);
    ids.set(v, el.line);
  }

  // Values of an element: DefaultValue plus each Override's Value.
  const valuesOf = (el) => [
    { locale: null, value: el.attrs.DefaultValue, line: el.line },
    ...el.children.filter((c) => localName(c) === "Override").map((o) => ({ locale: o.attrs.Locale, value: o.attrs.Value, line: o.line })),
  ];

  // URLs: https, absolute, shorter than 2048 characters.
  const urlEls = ["IconUrl", "HighResolutionIconUrl", "SupportUrl"].map(top).filter(Boolean);
  const source = child(top("DefaultSettings"), "SourceLocation");
  if (source) urlEls.push(source);
  for (const [, r] of resources) if (r.type === "Image" || r.type === "Url") urlEls.push(r.el);
  const urls = urlEls.flatMap((el) => valuesOf(el).map((v) => ({ ...v, el })));
  for (const d of child(top("AppDomains"), "AppDomain") ? top("AppDomains").children : []) urls.push({ value: d.text.trim(), line: d.line, el: d });
  for (const { value, line, el } of urls) {
    if (!value) {
      add("url", `<${el.name}> at line ${line} has an empty URL`);
      continue;
    }
    if (value.length > MAX.url) add("url", `URL at line ${line} is ${value.length} characters (must be under 2048)`);
    let u = null;
    try {
      u = new URL(value);
    } catch {
      add("url", `"${value}" at line ${line} is not an absolute URL`);
    }
    if (u && u.protocol !== "https:") add("url", `"${value}" at line ${line} must use https`);
  }

  // Strings: lengths, NFC, and a vi-VN default with an en-US override for every user-visible text.
  const defaultLocale = (top("DefaultLocale")?.text ?? "").trim();
  if (defaultLocale !== DEFAULT_LOCALE) add("locale", `<DefaultLocale> is "${defaultLocale}", expected ${DEFAULT_LOCALE} (Vietnamese first)`);
  const texts = [];
  if (top("DisplayName")) texts.push({ el: top("DisplayName"), type: "ShortString", label: "DisplayName" });
  if (top("Description")) texts.push({ el: top("Description"), type: "LongString", label: "Description" });
  for (const [rid, r] of resources) if (r.type === "ShortString" || r.type === "LongString") texts.push({ el: r.el, type: r.type, label: `${r.type} "${rid}"` });
  for (const { el, type, label } of texts) {
    const values = valuesOf(el);
    for (const { locale, value, line } of values) {
      const where = `${label}${locale ? ` (${locale})` : ""} at line ${line}`;
      if (value === undefined || value.trim() === "") {
        add("strings", `${where} is empty`);
        continue;
      }
      if (value.length > MAX[type]) add("strings", `${where} is ${value.length} characters (a ${type} allows ${MAX[type]})`);
      if (value !== value.normalize("NFC")) add("strings", `${where} is not in Unicode NFC`);
    }
    const locales = values.slice(1).map((v) => v.locale);
    if (!locales.includes(SECOND_LOCALE)) add("locale", `${label} (line ${el.line}) has no ${SECOND_LOCALE} override`);
    if (new Set(locales).size !== locales.length) add("locale", `${label} (line ${el.line}) overrides a locale twice`);
  }
  // Every English display language shows the same English text as en-US (npm run manifest:locales writes them).
  for (const el of all.filter((e) => localName(e) === "Override")) {
    if (el.attrs.Locale !== SECOND_LOCALE || !el.parent) continue;
    const siblings = el.parent.children.filter((c) => localName(c) === "Override");
    for (const locale of ENGLISH_LOCALES.slice(1)) {
      const o = siblings.find((c) => c.attrs.Locale === locale);
      if (!o) add("locale", `<${el.parent.name}> (line ${el.parent.line}) has an en-US override but none for ${locale}: run npm run manifest:locales`);
      else if (o.attrs.Value !== el.attrs.Value) add("locale", `<${el.parent.name}> (line ${el.parent.line}): the ${locale} override differs from en-US`);
    }
  }

  // Base requirements: only what the pane and the ribbon need (see BASE_REQUIREMENT_SETS).
  const baseSets = (child(top("Requirements"), "Sets")?.children ?? []).filter((e) => localName(e) === "Set");
  for (const set of baseSets) {
    const allowed = BASE_REQUIREMENT_SETS[set.attrs.Name];
    if (!allowed) add("requirements", `base <Requirements> names ${set.attrs.Name} (line ${set.line}): hosts without it (Excel 2019) refuse the whole add-in; declare that feature in VersionOverrides instead`);
    else if (Number(String(set.attrs.MinVersion || "1.1").split(".")[1]) > Number(allowed.split(".")[1])) {
      add("requirements", `base <Requirements> asks ${set.attrs.Name} ${set.attrs.MinVersion} (line ${set.line}); the pane checks newer sets itself, the manifest asks at most ${allowed}`);
    }
  }
  const voRequirements = child(top("VersionOverrides"), "Requirements");
  if (voRequirements) add("requirements", `<VersionOverrides> has <Requirements> (line ${voRequirements.line}): a host lacking them would also lose the ribbon`);

  // Custom functions wiring (JavaScript-only runtime).
  const cf = all.find((e) => localName(e) === "ExtensionPoint" && e.attrs["xsi:type"] === "CustomFunctions");
  if (!cf) add("cf", 'no <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    for (const [part, file] of Object.entries(CF_FILES)) {
      const loc = child(child(cf, part), "SourceLocation");
      const r = loc && resources.get(loc.attrs.resid);
      if (!loc) add("cf", `custom functions <${part}> has no <SourceLocation resid>`);
      else if (r && r.type === "Url") {
        if (!urlPathEndsWith(r.el.attrs.DefaultValue, file)) add("cf", `custom functions <${part}> points to "${r.el.attrs.DefaultValue}", expected …/${file}`);
        // A locale may have its own metadata (localised function names), but it stays a .json file.
        const ext = path.extname(file);
        for (const o of valuesOf(r.el).slice(1)) {
          if (o.value && !new URL(o.value, "https://x/").pathname.endsWith(ext)) add("cf", `custom functions <${part}> override for ${o.locale} points to "${o.value}", expected a ${ext} file`);
        }
      }
    }
    const ns = child(cf, "Namespace");
    const r = ns && resources.get(ns.attrs.resid);
    if (!ns) add("cf", "custom functions have no <Namespace resid>");
    else if (r && r.type === "ShortString") {
      const bad = valuesOf(r.el).filter((v) => v.value !== CF_NAMESPACE);
      if (bad.length) add("cf", `custom functions namespace "${ns.attrs.resid}" must be "${CF_NAMESPACE}" in every locale, found "${bad[0].value}"`);
    }
  }

  // Ribbon: every ExecuteFunction is registered by the commands code; FunctionFile is an HTML page.
  const execs = all.filter((e) => localName(e) === "Action" && e.attrs["xsi:type"] === "ExecuteFunction");
  if (execs.length) {
    const ff = all.find((e) => localName(e) === "FunctionFile");
    const ffUrl = ff && resources.get(ff.attrs.resid)?.el.attrs.DefaultValue;
    if (!ff) add("command", "ExecuteFunction buttons need a <FunctionFile resid>");
    else if (ffUrl && !/\.html?$/.test(new URL(ffUrl, "https://x/").pathname)) add("command", `<FunctionFile> must point to an HTML page, not "${ffUrl}"`);
    const registered = registeredCommands(path.join(root, "src", "commands"));
    for (const a of execs) {
      const name = (child(a, "FunctionName")?.text ?? "").trim();
      if (!name) add("command", `ExecuteFunction at line ${a.line} has no <FunctionName>`);
      else if (!registered.has(name)) {
        add("command", `ExecuteFunction "${name}" (line ${a.line}) is not registered: no Office.actions.associate("${name}", …) in src/commands/*.ts`);
      }
    }
  }

  // Icons: every declared icon exists in the project at its declared pixel size.
  const base = baseUrl(source?.attrs.DefaultValue);
  const localFile = (url, dir) => {
    if (!base || !url || !url.startsWith(base)) return null;
    return path.join(dir, ...decodeURIComponent(url.slice(base.length).split(/[?#]/)[0]).split("/"));
  };
  const checkIcon = (url, sizes, where) => {
    const file = localFile(url, root);
    if (!file) return add("icon", `${where}: "${url}" is not under the add-in's base URL ${base}, cannot check the file`);
    if (!fs.existsSync(file)) return add("icon", `${where}: ${path.relative(root, file)} does not exist`);
    const s = pngSize(fs.readFileSync(file));
    if (!s) return add("icon", `${where}: ${path.relative(root, file)} is not a PNG`);
    if (s.width !== s.height || !sizes.includes(s.width)) {
      add("icon", `${where}: ${path.relative(root, file)} is ${s.width}×${s.height} px, expected ${sizes.join(" or ")} px square`);
    }
  };
  for (const [name, sizes] of [["IconUrl", [32, 64]], ["HighResolutionIconUrl", [64, 128]]]) {
    if (top(name)) for (const v of valuesOf(top(name))) if (v.value) checkIcon(v.value, sizes, `<${name}> line ${v.line}`);
  }
  for (const icon of all.filter((e) => localName(e) === "Icon")) {
    const declared = icon.children.map((c) => Number(c.attrs.size));
    const missing = RIBBON_SIZES.filter((s) => !declared.includes(s));
    if (missing.length) add("icon", `<Icon> at line ${icon.line} lacks size ${missing.join(", ")} (ribbon icons need 16, 32 and 80)`);
    for (const img of icon.children) {
      const size = Number(img.attrs.size);
      if (!ICON_SIZES.includes(size)) add("icon", `<bt:Image> at line ${img.line} has size "${img.attrs.size}", allowed ${ICON_SIZES.join(", ")}`);
      const r = resources.get(img.attrs.resid);
      if (r && r.type === "Image") for (const v of valuesOf(r.el)) if (v.value) checkIcon(v.value, [size], `icon "${img.attrs.resid}" (size ${size}, line ${img.line})`);
    }
  }

  // The built add-in (when dist/ exists): every URL under the base is a built file; functions.json has functions.
  if (distDir && fs.existsSync(distDir)) {
    const seen = new Set();
    for (const { value, line } of urls) {
      const file = localFile(value, distDir);
      if (!file || seen.has(file)) continue;
      seen.add(file);
      if (!fs.existsSync(file)) add("dist", `${path.relative(distDir, file)} (line ${line}) is missing from dist/: run npm run build`);
    }
    // Custom-function metadata: the default file and each locale's override parse, list functions, share ids.
    const metaLoc = cf && child(child(cf, "Metadata"), "SourceLocation");
    const metaRes = metaLoc && resources.get(metaLoc.attrs.resid);
    const metaFiles = metaRes ? valuesOf(metaRes.el).map((v) => localFile(v.value, distDir)).filter(Boolean) : [];
    if (!metaFiles.length) metaFiles.push(path.join(distDir, CF_FILES.Metadata));
    let firstIds = null;
    for (const file of [...new Set(metaFiles)]) {
      const rel = `dist/${path.relative(distDir, file).split(path.sep).join("/")}`;
      if (!fs.existsSync(file)) continue; // reported above
      let list;
      try {
        list = JSON.parse(fs.readFileSync(file, "utf8")).functions;
      } catch (e) {
        add("dist", `${rel} does not parse: ${e.message}`);
        continue;
      }
      if (!Array.isArray(list) || list.length === 0) {
        add("dist", `${rel} has no functions`);
        continue;
      }
      const ids = list.map((f) => f && f.id).sort().join(",");
      if (firstIds === null) firstIds = { rel, ids };
      else if (ids !== firstIds.ids) add("dist", `${rel} and ${firstIds.rel} must declare the same function ids`);
    }
  }
  return problems;
}

/** True when the URL's path ends with this file name. */
function urlPathEndsWith(url, file) {
  try {
    return new URL(url).pathname.split("/").pop() === file;
  } catch {
    return false;
  }
}

/** The folder of the task pane page: every add-in file lives below it, in dist/ and on the web server. */
function baseUrl(sourceLocation) {
  try {
    const u = new URL(sourceLocation);
    return u.origin + u.pathname.replace(/[^/]*$/, "");
  } catch {
    return null;
  }
}

/** Names passed to Office.actions.associate("name", …) in src/commands/*.ts. */
function registeredCommands(dir) {
  const names = new Set();
  if (!fs.existsSync(dir)) return names;
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
    // Comments removed: a commented-out registration does not count.
    const text = fs.readFileSync(path.join(dir, f), "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const m of text.matchAll(/Office\.actions\.associate\(\s*["'`]([^"'`]+)["'`]/g)) names.add(m[1]);
  }
  return names;
}

module.exports = { checkManifest, pngSize, registeredCommands, OFFICEAPP_ORDER, ENGLISH_LOCALES, BASE_REQUIREMENT_SETS };
