import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, unescapeCsvCell } from './library.csv.ts';

describe('CSV formula escaping', () => {
  const formulaChars = ['=', '+', '-', '@', '\t', '\r'];
  // Strings that lean towards the hard cases: leading quotes and formula characters.
  const cell = fc
    .tuple(
      fc.array(fc.constantFrom("'", ...formulaChars, 'a', ' '), { maxLength: 4 }),
      fc.string({ maxLength: 12 }),
    )
    .map(([start, rest]) => start.join('') + rest);

  it('never lets a cell start with a formula character', () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(formulaChars.includes(escapeCsvCell(value).charAt(0))).toBe(false);
      }),
    );
  });

  it('reads back exactly what it wrote, whatever the value', () => {
    fc.assert(
      fc.property(cell, (value) => {
        expect(unescapeCsvCell(escapeCsvCell(value))).toBe(value);
      }),
    );
  });

  it('leaves ordinary cells, and quotes before ordinary text, alone', () => {
    for (const value of ['Plain title', "'quoted", "it's", '', '1.5', 'a=b'])
      expect([escapeCsvCell(value), unescapeCsvCell(value)]).toEqual([value, value]);
    expect(escapeCsvCell('=A1')).toBe("'=A1");
    expect(escapeCsvCell("'=A1")).toBe("''=A1");
  });
});
