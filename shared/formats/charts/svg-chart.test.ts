// @vitest-environment jsdom
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, it } from 'vitest';
import { hostileText } from '../markdown/testing/hostile';
import type { BarChart } from './bar-chart';
import { svgBarChart } from './svg-chart';

type Node = DefaultTreeAdapterTypes.ChildNode | DefaultTreeAdapterTypes.DocumentFragment;

const TEMPLATE: Record<string, string[]> = {
  svg: ['xmlns', 'width', 'height', 'viewBox', 'role', 'font-family', 'font-size'],
  title: [],
  desc: [],
  text: ['x', 'y', 'text-anchor', 'font-size', 'font-weight'],
  rect: ['x', 'y', 'width', 'height', 'fill'],
};
const CONSTANT_VALUES = new Set([
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- the SVG namespace name, never fetched
  'http://www.w3.org/2000/svg',
  'img',
  'sans-serif',
  'end',
  'bold',
  '#3b6ea8',
  '#d08a2c',
]);

/** Every element and attribute of the SVG as a browser parses it inside HTML. */
function shape(svg: string): { elements: string[]; attributes: [string, string, string][] } {
  const elements: string[] = [];
  const attributes: [string, string, string][] = [];
  const visit = (node: Node): void => {
    if ('tagName' in node) {
      elements.push(node.tagName);
      for (const a of node.attrs) attributes.push([node.tagName, a.name, a.value]);
    }
    if ('childNodes' in node) for (const c of node.childNodes) visit(c);
  };
  visit(parseFragment(svg));
  return { elements, attributes };
}

const chart = (labels: string[], title = 'Lines said per person', pair = false): BarChart => ({
  title,
  series: pair ? ['planned', 'actual'] : ['lines'],
  unit: 'lines',
  rows: labels.map((label, i) => ({ label, values: pair ? [i, i * 2] : [i * 3] })),
});

describe('svgBarChart', () => {
  it('draws a labelled bar per row, scaled to the largest value', () => {
    const svg = svgBarChart(chart(['alice', 'bob', 'carol']));
    const { elements, attributes } = shape(svg);
    expect(elements.filter((e) => e === 'rect')).toHaveLength(2);
    const widths = attributes
      .filter(([el, name]) => el === 'rect' && name === 'width')
      .map(([, , v]) => Number(v));
    expect(widths).toEqual([203, 406]);
    expect(svg).toContain('<title>Lines said per person</title>');
    expect(svg).toContain('<desc>Lines said per person (lines): alice 0; bob 3; carol 6</desc>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="110"')).toBe(
      true,
    );
  });

  it('keeps hostile labels as text: only the template’s elements and attributes, numbers or constants', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 8 }),
        hostileText,
        fc.boolean(),
        (labels, title, pair) => {
          const svg = svgBarChart(chart(labels, title, pair));
          const { elements, attributes } = shape(svg);
          for (const e of elements) expect(Object.keys(TEMPLATE)).toContain(e);
          expect(elements.filter((e) => e === 'svg')).toHaveLength(1);
          for (const [el, name, value] of attributes) {
            expect(TEMPLATE[el]).toContain(name);
            expect(
              /^-?\d+(\.\d+)?$/.test(value) ||
                /^0 0 640 \d+$/.test(value) ||
                CONSTANT_VALUES.has(value),
            ).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('is well-formed XML for any label', () => {
    // The jsdom environment's XML parser, typed narrowly: shared/ is compiled without DOM types.
    const { DOMParser } = globalThis as unknown as {
      DOMParser: new () => {
        parseFromString(
          text: string,
          type: string,
        ): {
          getElementsByTagName(name: string): { length: number };
          documentElement: {
            getAttribute(name: string): string | null;
            firstElementChild: { tagName: string } | null;
          };
        };
      };
    };
    fc.assert(
      fc.property(
        fc.array(fc.oneof(hostileText, fc.string({ unit: 'binary' })), {
          minLength: 1,
          maxLength: 5,
        }),
        (labels) => {
          const doc = new DOMParser().parseFromString(
            svgBarChart(chart(labels, labels[0]!, true)),
            'image/svg+xml',
          );
          expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
          expect(doc.documentElement.getAttribute('role')).toBe('img');
          expect(doc.documentElement.firstElementChild?.tagName).toBe('title');
        },
      ),
      { numRuns: 150 },
    );
  });
});
