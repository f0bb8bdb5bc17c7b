import { describe, expect, it } from 'vitest'

import { cron, httpUrl, onOff, readEnvironment, readmeVariables, readVariable, trueFalse, variable, wholeNumber } from '../src'

const TABLE = {
  port: variable('PORT', '`5173`', 'the port', wholeNumber(5173, 1, 65535)),
  cms: variable('CMS_URL', '`http://localhost:3000`', 'the CMS', httpUrl('http://localhost:3000')),
  cache: variable('CACHE', '`on`', 'the cache', onOff(true)),
}

describe('reading the environment through a table', () => {
  it('gives the defaults when nothing is set, and parses what is', () => {
    expect(readEnvironment(TABLE, {})).toEqual({ port: 5173, cms: 'http://localhost:3000', cache: true })
    expect(readEnvironment(TABLE, { PORT: '8080', CMS_URL: 'https://cms.example.org/', CACHE: 'off' })).toEqual({
      port: 8080,
      cms: 'https://cms.example.org',
      cache: false,
    })
    expect(readEnvironment(TABLE, { PORT: '' }).port).toBe(5173)
  })

  it('stops with every bad value named, with the reason', () => {
    expect(() => readEnvironment(TABLE, { PORT: '80.5', CMS_URL: 'cms:3000', CACHE: 'yes' })).toThrow(
      'Configuration: PORT must be a whole number from 1 to 65535 (got "80.5"). CMS_URL must be an http:// or https:// address (got "cms:3000"). CACHE must be "on" or "off" (got "yes").',
    )
  })

  it('reads one variable when it is used, with the table’s default and message', () => {
    const autorun = variable('JOBS', '`true`', 'jobs', trueFalse(true))
    expect(readVariable(autorun, {})).toBe(true)
    expect(readVariable(autorun, { JOBS: 'false' })).toBe(false)
    expect(() => readVariable(autorun, { JOBS: 'no' })).toThrow('Configuration: JOBS must be "true" or "false" (got "no").')
  })

  it('takes cron expressions of five or six fields', () => {
    const schedule = variable('CRON', '`0 7 * * *`', 'when', cron('0 7 * * *'))
    expect(readVariable(schedule, {})).toBe('0 7 * * *')
    expect(readVariable(schedule, { CRON: ' */30 * * * * * ' })).toBe('*/30 * * * * *')
    expect(readVariable(schedule, { CRON: '0 4 * * MON' })).toBe('0 4 * * MON')
    for (const bad of ['daily', '0 7 * *', '0 7 * * * * *', '0 7 * * $(reboot)']) {
      expect(() => readVariable(schedule, { CRON: bad })).toThrow(/CRON must be a cron expression/)
    }
  })

  it('reads the README’s table for one app', () => {
    const readme = [
      '| variable | used by | default | meaning |',
      '| --- | --- | --- | --- |',
      '| `PORT` | web | `5173` | the port |',
      '| `A` / `B` | cms, web | — | two |',
      '| `C` | cms | `x` | c |',
    ].join('\n')
    expect([...readmeVariables(readme, 'web')]).toEqual([
      ['PORT', '`5173`'],
      ['A', '—'],
      ['B', '—'],
    ])
  })
})
