import { describe, expect, it } from 'vitest';
import { sanitizeSvg, SvgRefused } from '../../server/domain/svg-sanitize';

const wrap = (inner: string, attrs = '') =>
  `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="80"${attrs}>${inner}</svg>`;

describe('SVG floor plan sanitiser', () => {
  it('keeps the drawing: rooms, labels, gradients and internal references', () => {
    const { svg, removed } = sanitizeSvg(
      wrap(
        '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs>' +
          '<rect x="1" y="2" width="30" height="20" fill="url(#g)"/><text x="5" y="10">민원실 &amp; 여권</text>' +
          '<use href="#g"/>',
        ' viewBox="0 0 100 80"',
      ),
    );
    expect(removed).toEqual([]);
    expect(svg).toContain('<linearGradient id="g">');
    expect(svg).toContain('fill="url(#g)"');
    expect(svg).toContain('viewBox="0 0 100 80"');
    expect(svg).toContain('민원실 &amp; 여권');
    expect(svg).toContain('<use href="#g"/>');
  });

  it('drops <script> with its content', () => {
    const { svg, removed } = sanitizeSvg(
      wrap('<script>alert(1)</script><rect width="1" height="1"/>'),
    );
    expect(svg).not.toMatch(/script|alert/i);
    expect(svg).toContain('<rect');
    expect(removed).toContain('<script>');
  });

  it('drops event handlers such as onload and onclick, in any case', () => {
    const { svg, removed } = sanitizeSvg(
      wrap('<rect width="1" height="1" OnClick="steal()"/>', ' onload="alert(1)"'),
    );
    expect(svg).not.toMatch(/onload|onclick|alert|steal/i);
    expect(removed).toEqual(expect.arrayContaining(['onload=', 'onclick=']));
  });

  it('drops javascript: and external hrefs, and external url() references', () => {
    const { svg } = sanitizeSvg(
      wrap(
        '<a href="javascript:alert(1)"><rect width="1" height="1"/></a>' +
          '<image href="http://evil.example/x.png" width="5" height="5"/>' +
          '<use xlink:href="https://evil.example/sprite.svg#a"/>' +
          '<rect width="1" height="1" fill="url(http://evil.example/p)" style="background:url(//evil.example)"/>' +
          '<rect width="1" height="1" href=" jav&#x09;ascript:alert(1)"/>',
      ),
    );
    expect(svg).not.toMatch(/javascript|evil\.example|ascript/i);
    // The link's content survives; the link does not.
    expect(svg).toContain('<rect width="1" height="1"/>');
  });

  it('drops <foreignObject> with its HTML and <style>', () => {
    const { svg, removed } = sanitizeSvg(
      wrap(
        '<foreignObject width="10" height="10"><iframe src="https://evil.example"/></foreignObject>' +
          '<style>@import url(https://evil.example/x.css);</style><circle r="3"/>',
      ),
    );
    expect(svg).not.toMatch(/foreignObject|iframe|evil|@import/i);
    expect(svg).toContain('<circle r="3"/>');
    expect(removed).toEqual(expect.arrayContaining(['<foreignobject>', '<style>']));
  });

  it('drops animation that could set an href', () => {
    const { svg } = sanitizeSvg(
      wrap('<a><set attributeName="href" to="javascript:alert(1)"/><text>x</text></a>'),
    );
    expect(svg).not.toMatch(/set|javascript/);
  });

  it('refuses entities, DOCTYPEs and xml-stylesheet instead of expanding them', () => {
    expect(() =>
      sanitizeSvg(
        '<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&xxe;</svg>',
      ),
    ).toThrow(SvgRefused);
    expect(() =>
      sanitizeSvg('<?xml-stylesheet href="https://evil.example/a.css"?><svg></svg>'),
    ).toThrow(/processing instruction/);
    expect(() => sanitizeSvg(wrap('<text>&nbsp;</text>'))).toThrow(/entity/);
  });

  it('refuses what is not SVG or is broken', () => {
    expect(() => sanitizeSvg('<html><body/></html>')).toThrow(/not an SVG/);
    expect(() => sanitizeSvg(wrap('<g><rect/>'))).toThrow(SvgRefused);
    expect(() => sanitizeSvg(wrap('<rect x=1/>'))).toThrow(SvgRefused);
  });

  it('escapes what it writes back, so a quote cannot open a new attribute', () => {
    const { svg } = sanitizeSvg(wrap(`<text x='1"onmouseover="alert(1)'>a</text>`));
    expect(svg).toContain('x="1&quot;onmouseover=&quot;alert(1)"');
  });
});
