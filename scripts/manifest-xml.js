// A small, strict XML parser for the add-in manifest (well-formed XML, no DTD). It keeps element
// names as written (prefix included: "bt:Image"), attributes, text and the line of each start tag,
// and throws on anything malformed, so the manifest checks need no XML dependency.
"use strict";

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

class XmlError extends Error {}

function decode(raw, line) {
  return raw.replace(/&([^;&\s]*);?/g, (whole, ent) => {
    if (!whole.endsWith(";")) throw new XmlError(`line ${line}: bare "&" (write &amp;)`);
    if (ent in ENTITIES) return ENTITIES[ent];
    const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ent);
    if (!m) throw new XmlError(`line ${line}: unknown entity &${ent};`);
    return String.fromCodePoint(m[1] ? parseInt(m[1], 16) : parseInt(m[2], 10));
  });
}

/**
 * @typedef {{ name: string, attrs: Record<string, string>, children: XmlElement[], text: string,
 *             line: number, parent: XmlElement | null }} XmlElement
 * @param {string} text
 * @returns {XmlElement} the root element
 */
function parseXml(text) {
  const src = text.replace(/^\uFEFF/, "");
  const newlines = [];
  for (let k = src.indexOf("\n"); k >= 0; k = src.indexOf("\n", k + 1)) newlines.push(k);
  const lineAt = (pos) => {
    let lo = 0, hi = newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlines[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const doc = { name: "#document", attrs: {}, children: [], text: "", line: 1, parent: null };
  const stack = [doc];
  const NAME = /[A-Za-z_][\w.:-]*/y;
  const ATTR = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
  const CLOSE = /\s*(\/?)>/y;
  let i = 0;

  const fail = (pos, msg) => {
    throw new XmlError(`line ${lineAt(pos)}: ${msg}`);
  };
  const skipTo = (pos, end, what) => {
    const k = src.indexOf(end, pos);
    if (k < 0) fail(pos, `unterminated ${what}`);
    return k + end.length;
  };

  while (i < src.length) {
    const lt = src.indexOf("<", i);
    const chunk = src.slice(i, lt < 0 ? src.length : lt);
    if (chunk) {
      const top = stack[stack.length - 1];
      if (top === doc) {
        if (chunk.trim()) fail(i, "text outside the root element");
      } else top.text += decode(chunk, lineAt(i));
    }
    if (lt < 0) break;
    i = lt;
    if (src.startsWith("<?", i)) {
      i = skipTo(i, "?>", "processing instruction");
    } else if (src.startsWith("<!--", i)) {
      i = skipTo(i, "-->", "comment");
    } else if (src.startsWith("<![CDATA[", i)) {
      const end = skipTo(i, "]]>", "CDATA section");
      if (stack.length === 1) fail(i, "CDATA outside the root element");
      stack[stack.length - 1].text += src.slice(i + 9, end - 3);
      i = end;
    } else if (src.startsWith("<!", i)) {
      fail(i, "DOCTYPE/DTD is not allowed in a manifest");
    } else if (src.startsWith("</", i)) {
      NAME.lastIndex = i + 2;
      const m = NAME.exec(src);
      if (!m) fail(i, "bad end tag");
      const gt = /\s*>/y;
      gt.lastIndex = NAME.lastIndex;
      if (!gt.exec(src)) fail(i, `bad end tag </${m[0]}`);
      const top = stack.pop();
      if (top === doc || top.name !== m[0]) fail(i, `</${m[0]}> does not close <${top === doc ? "" : top.name}>`);
      i = gt.lastIndex;
    } else {
      NAME.lastIndex = i + 1;
      const m = NAME.exec(src);
      if (!m) fail(i, "bad start tag");
      const parent = stack[stack.length - 1];
      if (parent === doc && doc.children.length > 0) fail(i, "more than one root element");
      const el = { name: m[0], attrs: {}, children: [], text: "", line: lineAt(i), parent: parent === doc ? null : parent };
      let pos = NAME.lastIndex;
      for (;;) {
        ATTR.lastIndex = pos;
        const a = ATTR.exec(src);
        if (!a) break;
        if (a[1] in el.attrs) fail(pos, `duplicate attribute ${a[1]} on <${el.name}>`);
        el.attrs[a[1]] = decode(a[2] ?? a[3], el.line);
        pos = ATTR.lastIndex;
      }
      CLOSE.lastIndex = pos;
      const c = CLOSE.exec(src);
      if (!c) fail(pos, `malformed <${el.name}> tag`);
      parent.children.push(el);
      if (!c[1]) stack.push(el);
      i = CLOSE.lastIndex;
    }
  }
  if (stack.length > 1) throw new XmlError(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (doc.children.length !== 1) throw new XmlError("no root element");
  return doc.children[0];
}

/** Local name without the namespace prefix ("bt:Image" → "Image"). */
const localName = (el) => el.name.slice(el.name.indexOf(":") + 1);

/** Every element below `el` (depth first, document order). */
function descendants(el) {
  return el.children.flatMap((c) => [c, ...descendants(c)]);
}

/** First direct child with this (qualified) name. */
const child = (el, name) => (el ? el.children.find((c) => c.name === name) : undefined);

/** Path of element names from the root, for messages ("OfficeApp/VersionOverrides/…"). */
function pathOf(el) {
  const parts = [];
  for (let e = el; e; e = e.parent) parts.unshift(e.name);
  return parts.join("/");
}

module.exports = { parseXml, XmlError, localName, descendants, child, pathOf };
