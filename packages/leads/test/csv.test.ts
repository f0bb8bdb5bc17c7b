import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { csvCell, csvRow } from '../src'

/** Reads what we write back as cells; BOMs inside cells are data here, so none is stripped. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: false, relax_column_count: true })
}

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1 555 0100', `"'+1 555 0100"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['a=b', '"a=b"'],
  ])('neutralises %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected)
  })

  it('writes empty cells for null and undefined, ISO dates for dates', () => {
    expect(csvRow([null, undefined, new Date('2026-01-02T03:04:05.000Z'), 3, true])).toBe('"","","2026-01-02T03:04:05.000Z","3","true"\r\n')
  })

  it('reads back as the same cells, with no cell starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { maxLength: 5 }), (rows) => {
        const parsed = parseCsv(rows.map((cells) => csvRow(cells)).join(''))
        expect(parsed).toHaveLength(rows.length)
        parsed.forEach((cells, r) =>
          cells.forEach((cell, c) => {
            expect(cell).not.toMatch(/^[=+\-@\t\r]/)
            const original = rows[r]![c]!
            expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original)
          }),
        )
      }),
    )
  })
})
