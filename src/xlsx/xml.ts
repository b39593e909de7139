/**
 * Just enough XML for merging OOXML package parts: start tags, attributes and flat child lists of
 * parts whose shape is known (workbook, relationships, content types, styles). Anything outside that
 * shape is reported by the callers as "cannot merge" rather than guessed at.
 */

/** A start tag whose attribute values may contain ">" (quoted). */
const TAG_BODY = `(?:[^>"']|"[^"]*"|'[^']*')*`;

export interface XmlElement {
  /** Whole element text, start tag to end tag (or the self-closing tag). */
  xml: string;
  /** The start tag alone. */
  tag: string;
  /** Text between start and end tag ("" when self-closing). */
  inner: string;
  start: number;
  end: number;
  selfClosing: boolean;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Every `<name …>…</name>` / `<name …/>` in `xml` (from `from` to `to`). Only for elements that never
 * nest inside themselves (font, fill, xf, sheet, Relationship…), which is true of every caller.
 */
export function elements(xml: string, name: string, from = 0, to = xml.length): XmlElement[] {
  const n = escapeRe(name);
  const re = new RegExp(`<${n}(?=[\\s/>])${TAG_BODY}>`, "g");
  re.lastIndex = from;
  const out: XmlElement[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && m.index < to) {
    const tag = m[0];
    const start = m.index;
    if (tag.endsWith("/>")) {
      out.push({ xml: tag, tag, inner: "", start, end: start + tag.length, selfClosing: true });
      continue;
    }
    const close = xml.indexOf(`</${name}>`, start + tag.length);
    if (close < 0 || close >= to) throw new Error(`unclosed <${name}>`);
    const end = close + name.length + 3;
    out.push({ xml: xml.slice(start, end), tag, inner: xml.slice(start + tag.length, close), start, end, selfClosing: false });
    re.lastIndex = end;
  }
  return out;
}

/** The first element called `name`, or null. */
export function firstElement(xml: string, name: string): XmlElement | null {
  return elements(xml, name)[0] ?? null;
}

/** Attribute value (XML-decoded) of a start tag, or null. */
export function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return null;
  return decodeXml(m[2] ?? m[3] ?? "");
}

/** The raw (still escaped) attribute value, or null. */
export function rawAttr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${escapeRe(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3] ?? "") : null;
}

/** Set (or add) an attribute on a start tag; `value` is raw (already escaped). */
export function setRawAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRe(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, (_m, pre: string) => `${pre}"${value}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}

export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRe(name)}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

export function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_m, e: string) => {
    if (e === "amp") return "&";
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The document's root start tag (after the declaration), or null. */
export function rootTag(xml: string): string | null {
  const m = new RegExp(`^\\uFEFF?\\s*(?:<\\?xml${TAG_BODY}\\?>\\s*)?(<[A-Za-z_][\\w.:-]*${TAG_BODY}>)`).exec(xml);
  return m ? m[1] : null;
}

/** Root element name is `name` (no prefix) in the default namespace `ns`. */
export function hasRoot(xml: string, name: string, ns: string): boolean {
  const tag = rootTag(xml);
  if (!tag || !new RegExp(`^<${escapeRe(name)}[\\s>/]`).test(tag)) return false;
  return attr(tag, "xmlns") === ns;
}

/** Comments, CDATA or DOCTYPE make flat scanning unsafe. */
export function hasTrickyMarkup(xml: string): boolean {
  return /<!--|<!\[CDATA\[|<!DOCTYPE/i.test(xml);
}

/** Replace the element (or insert a new one before the first present of `before`, else before `</root>`). */
export function putSection(xml: string, name: string, newXml: string, before: string[], root: string): string {
  const existing = firstElement(xml, name);
  if (existing) return xml.slice(0, existing.start) + newXml + xml.slice(existing.end);
  let at = -1;
  for (const b of before) {
    const e = firstElement(xml, b);
    if (e && (at < 0 || e.start < at)) at = e.start;
  }
  if (at < 0) at = xml.lastIndexOf(`</${root}>`);
  if (at < 0) throw new Error(`no </${root}>`);
  return xml.slice(0, at) + newXml + xml.slice(at);
}
