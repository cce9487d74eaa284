import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import * as icons from './icons.js';

const drawings = Object.entries(icons).filter(
  (entry): entry is [string, string] => entry[0] !== 'icon' && typeof entry[1] === 'string',
);

describe('icons', () => {
  it('draws every icon as one visible path (sibling shapes would nest once minified)', async () => {
    expect(drawings.length).to.be.greaterThan(30);
    const root = await fixture(html`<div>${drawings.map(([, d]) => icons.icon(d))}</div>`);
    const svgs = root.querySelectorAll('svg');
    expect(svgs.length).to.equal(drawings.length);
    svgs.forEach((svg, i) => {
      const name = drawings[i]![0];
      expect(svg.children.length, name).to.equal(1);
      const box = (svg.firstElementChild as SVGPathElement).getBBox();
      expect(box.width + box.height, name).to.be.greaterThan(4);
      expect(svg.getAttribute('aria-hidden'), name).to.equal('true');
    });
  });

  it('names an icon for screen readers when given a label', async () => {
    const svg = await fixture(icons.icon(icons.iconCheck, '当前'));
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.getAttribute('aria-label')).to.equal('当前');
    expect(svg.hasAttribute('aria-hidden')).to.equal(false);
  });
});
