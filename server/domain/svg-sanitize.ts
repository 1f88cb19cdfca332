/**
 * Cleans an uploaded SVG floor plan so it can only draw. The text is parsed into elements and
 * written out again from an allow-list: scripts, <foreignObject>, <style>, animation, event
 * handlers (on…), javascript: and external URLs (href to http…, url(http…)) are dropped and
 * named in `removed`. What cannot be cleaned safely is refused: a DOCTYPE or entity
 * declarations (entity expansion, external entities), an xml-stylesheet, broken markup.
 */

export type SanitizedSvg = { svg: string; removed: string[] };

export class SvgRefused extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SvgRefused';
  }
}

/** Elements a plan may contain; all else is dropped with its content. */
const ELEMENTS = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'lineargradient',
  'radialgradient',
  'stop',
  'clippath',
  'mask',
  'pattern',
  'symbol',
  'use',
  'image',
  'marker',
]);
/** Wrappers whose content is kept while the element itself goes (a link, a switch). */
const UNWRAP = new Set(['a', 'switch']);
/** Attributes a plan may carry (compared in lower case); all else is dropped. */
const ATTRIBUTES = new Set([
  'xmlns',
  'xmlns:xlink',
  'version',
  'id',
  'class',
  'x',
  'y',
  'x1',
  'x2',
  'y1',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'd',
  'points',
  'width',
  'height',
  'viewbox',
  'preserveaspectratio',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'clip-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-dasharray',
  'stroke-dashoffset',
  'stroke-miterlimit',
  'opacity',
  'color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'rotate',
  'textlength',
  'lengthadjust',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientunits',
  'gradienttransform',
  'spreadmethod',
  'patternunits',
  'patterncontentunits',
  'patterntransform',
  'clip-path',
  'clippathunits',
  'mask',
  'maskunits',
  'marker-start',
  'marker-mid',
  'marker-end',
  'markerwidth',
  'markerheight',
  'markerunits',
  'refx',
  'refy',
  'orient',
  'visibility',
  'display',
  'vector-effect',
  'shape-rendering',
  'xml:space',
  'style',
  'href',
  'xlink:href',
]);

const PREDEFINED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);|&/g, (all, ref?: string) => {
    if (ref === undefined) throw new SvgRefused('the file has a bare “&”: it is not valid SVG');
    if (ref.startsWith('#x')) return safeCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return safeCodePoint(parseInt(ref.slice(1), 10));
    const known = PREDEFINED[ref];
    if (known === undefined) throw new SvgRefused(`the file uses the entity &${ref}; (${all})`);
    return known;
  });
}

function safeCodePoint(n: number): string {
  if (!Number.isFinite(n) || n <= 0 || n > 0x10ffff) throw new SvgRefused('a bad character code');
  return String.fromCodePoint(n);
}

const escapeText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** A value that points outside the file or runs code: javascript:, http:, //host, url(http…). */
function unsafeValue(value: string): boolean {
  const v = value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
  if (/(javascript|vbscript|data:text|data:application|data:image\/svg)/.test(v)) return true;
  if (/expression\(|@import|behavior:|-moz-binding|\\/.test(v)) return true;
  // url(...) may only name something in this file: url(#id).
  for (const m of v.matchAll(/url\(([^)]*)\)/g)) {
    const target = (m[1] ?? '').replace(/^['"]|['"]$/g, '');
    if (!target.startsWith('#')) return true;
  }
  return false;
}

/** href may point inside the file; an <image> may also carry an embedded PNG or JPEG. */
function safeHref(element: string, value: string): boolean {
  const v = value.trim();
  if (/^#[A-Za-z_][\w.-]*$/.test(v)) return true;
  return element === 'image' && /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/=\s]+$/.test(v);
}

type Attr = { name: string; value: string };

const NAME = /^[A-Za-z_][\w.:-]*/;

function parseAttributes(source: string, tagName: string): Attr[] {
  const attrs: Attr[] = [];
  let rest = source;
  for (;;) {
    rest = rest.replace(/^\s+/, '');
    if (rest === '') return attrs;
    const name = NAME.exec(rest)?.[0];
    if (!name) throw new SvgRefused(`broken attributes in <${tagName}>`);
    rest = rest.slice(name.length);
    const m = /^\s*=\s*("([^"]*)"|'([^']*)')/.exec(rest);
    if (!m) throw new SvgRefused(`the attribute ${name} of <${tagName}> has no quoted value`);
    attrs.push({ name, value: decodeEntities(m[2] ?? m[3] ?? '') });
    rest = rest.slice(m[0].length);
  }
}

type Node =
  { type: 'el'; name: string; attrs: Attr[]; children: Node[] } | { type: 'text'; text: string };

function parse(source: string): Node {
  const root: Node & { type: 'el' } = { type: 'el', name: '#root', attrs: [], children: [] };
  const stack: (Node & { type: 'el' })[] = [root];
  let i = 0;
  const top = () => stack[stack.length - 1] as Node & { type: 'el' };
  while (i < source.length) {
    const lt = source.indexOf('<', i);
    const textEnd = lt === -1 ? source.length : lt;
    if (textEnd > i) {
      const text = source.slice(i, textEnd);
      if (stack.length === 1) {
        if (text.trim() !== '') throw new SvgRefused('text outside the <svg> element');
      } else top().children.push({ type: 'text', text: decodeEntities(text) });
    }
    if (lt === -1) break;
    i = lt;
    if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      if (end === -1) throw new SvgRefused('an unclosed comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end === -1) throw new SvgRefused('an unclosed CDATA section');
      top().children.push({ type: 'text', text: source.slice(i + 9, end) });
      i = end + 3;
    } else if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end === -1) throw new SvgRefused('an unclosed processing instruction');
      const target = /^<\?([\w:.-]+)/.exec(source.slice(i))?.[1]?.toLowerCase();
      // Only the XML declaration; an xml-stylesheet could load anything.
      if (target !== 'xml') throw new SvgRefused(`the processing instruction <?${target ?? ''}…?>`);
      i = end + 2;
    } else if (source.startsWith('<!', i)) {
      throw new SvgRefused('a DOCTYPE or entity declaration (<!DOCTYPE …>, <!ENTITY …>)');
    } else if (source.startsWith('</', i)) {
      const end = source.indexOf('>', i);
      const name = source
        .slice(i + 2, end === -1 ? undefined : end)
        .trim()
        .toLowerCase();
      if (end === -1 || top().name !== name) throw new SvgRefused(`a mismatched </${name}>`);
      stack.pop();
      i = end + 1;
    } else {
      // A start tag: find its end outside quoted values.
      let j = i + 1;
      let quote: string | null = null;
      for (; j < source.length; j++) {
        const ch = source[j];
        if (quote) {
          if (ch === quote) quote = null;
        } else if (ch === '"' || ch === "'") quote = ch;
        else if (ch === '>') break;
        else if (ch === '<') throw new SvgRefused('a “<” inside a tag');
      }
      if (j >= source.length) throw new SvgRefused('an unclosed tag');
      let body = source.slice(i + 1, j);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const name = NAME.exec(body)?.[0];
      if (!name) throw new SvgRefused('a tag without a name');
      const element: Node & { type: 'el' } = {
        type: 'el',
        name: name.toLowerCase(),
        attrs: parseAttributes(body.slice(name.length), name),
        children: [],
      };
      if (stack.length === 1 && root.children.length > 0)
        throw new SvgRefused('more than one root element');
      top().children.push(element);
      if (!selfClosing) stack.push(element);
      i = j + 1;
    }
    if (stack.length > 200) throw new SvgRefused('elements nested too deeply');
  }
  if (stack.length !== 1) throw new SvgRefused(`an unclosed <${top().name}>`);
  const svg = root.children[0];
  if (!svg || svg.type !== 'el' || svg.name !== 'svg')
    throw new SvgRefused('the file is not an SVG (its root element is not <svg>)');
  return svg;
}

/** Original spelling of the SVG names the allow-list holds in lower case. */
const CASED: Record<string, string> = {
  lineargradient: 'linearGradient',
  radialgradient: 'radialGradient',
  clippath: 'clipPath',
  viewbox: 'viewBox',
  preserveaspectratio: 'preserveAspectRatio',
  textlength: 'textLength',
  lengthadjust: 'lengthAdjust',
  gradientunits: 'gradientUnits',
  gradienttransform: 'gradientTransform',
  spreadmethod: 'spreadMethod',
  patternunits: 'patternUnits',
  patterncontentunits: 'patternContentUnits',
  patterntransform: 'patternTransform',
  clippathunits: 'clipPathUnits',
  maskunits: 'maskUnits',
  markerwidth: 'markerWidth',
  markerheight: 'markerHeight',
  markerunits: 'markerUnits',
  refx: 'refX',
  refy: 'refY',
};

/** Cleans an SVG's text; throws SvgRefused for what it will not clean. */
export function sanitizeSvg(source: string): SanitizedSvg {
  if (source.includes('\u0000')) throw new SvgRefused('the file is binary, not SVG text');
  const removed = new Set<string>();
  const tree = parse(source.replace(/^\uFEFF/, ''));

  const write = (node: Node): string => {
    if (node.type === 'text') return escapeText(node.text);
    const inner = () => node.children.map(write).join('');
    if (UNWRAP.has(node.name)) {
      removed.add(`<${node.name}>`);
      return inner();
    }
    if (!ELEMENTS.has(node.name)) {
      removed.add(`<${node.name}>`);
      return '';
    }
    const attrs: string[] = [];
    for (const { name, value } of node.attrs) {
      const key = name.toLowerCase();
      if (key.startsWith('on')) {
        removed.add(`${key}=`);
        continue;
      }
      if (!ATTRIBUTES.has(key)) {
        removed.add(`${name}=`);
        continue;
      }
      if (key === 'xmlns' || key === 'xmlns:xlink') continue; // written by us below
      if ((key === 'href' || key === 'xlink:href') && !safeHref(node.name, value)) {
        removed.add(`${name}="${value.slice(0, 40)}"`);
        continue;
      }
      if (key !== 'href' && key !== 'xlink:href' && unsafeValue(value)) {
        removed.add(`${name}="${value.slice(0, 40)}"`);
        continue;
      }
      attrs.push(` ${CASED[key] ?? name}="${escapeAttr(value)}"`);
    }
    // A <use> or <image> left without a reference draws nothing: drop it.
    if (
      (node.name === 'use' || node.name === 'image') &&
      !node.attrs.some(
        (a) =>
          (a.name.toLowerCase() === 'href' || a.name.toLowerCase() === 'xlink:href') &&
          safeHref(node.name, a.value),
      )
    )
      return '';
    if (node.name === 'svg' && node === tree)
      attrs.unshift(
        ' xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"',
      );
    const tag = CASED[node.name] ?? node.name;
    const body = inner();
    return body === '' ? `<${tag}${attrs.join('')}/>` : `<${tag}${attrs.join('')}>${body}</${tag}>`;
  };

  const svg = write(tree);
  return { svg, removed: [...removed] };
}
