/// <reference lib="dom" />

import type { BrowserContext, Page } from 'playwright-core'

/** Something that shows a vector was live in the page. */
export interface XssFinding {
  /** `executed`: the detector was called; `dialog`: alert/confirm/prompt opened; `csp`: a CSP violation (injected, blocked only by the policy); `markup`: a live element or attribute the audit found. */
  kind: 'executed' | 'dialog' | 'csp' | 'markup'
  /** The vector's number where it can be told, else null. */
  id: number | null
  where: string
  detail: string
}

declare global {
  interface Window {
    __xss?: (id: number) => void
    __xssReport?: (finding: { kind: 'executed' | 'dialog' | 'csp'; id: number | null; detail: string }) => void
  }
}

/** Runs first in every frame of every page: the detector function and dialog / CSP-violation reporting. */
function detectorInitScript() {
  const report = (kind: 'executed' | 'dialog' | 'csp', id: unknown, detail: string) => {
    const number = typeof id === 'number' ? id : Number.parseInt(String(id), 10)
    window.__xssReport?.({ kind, id: Number.isFinite(number) ? number : null, detail })
  }
  Object.defineProperty(window, '__xss', {
    value: (id: number) => report('executed', id, `__xss(${id}) in ${location.href}`),
    configurable: false,
    writable: false,
  })
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    const original = window[name]
    Object.defineProperty(window, name, {
      value: (...args: unknown[]) => {
        report('dialog', args[0], `${name}(${String(args[0])}) in ${location.href}`)
        return (original as (...a: unknown[]) => unknown).apply(window, args)
      },
    })
  }
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const target = event.target instanceof Element ? event.target.outerHTML.slice(0, 300) : ''
      const text = `${target} ${event.sample}`
      const id = /__xss\((\d+)\)|(?:alert|confirm|prompt|msgbox)\((\d+)\)/.exec(text)
      report('csp', id ? (id[1] ?? id[2]) : null, `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}: ${text.trim()}`)
    },
    true,
  )
}

export interface XssDetector {
  findings: XssFinding[]
  /** Asserts nothing more than what it collected: call after `settle`. */
  hits(): XssFinding[]
}

/**
 * Arms a browser context: every page and frame in it gets `__xss(n)` (reported back here), `alert`,
 * `confirm` and `prompt` report their argument, dialogs that still open are recorded and dismissed,
 * and CSP violations are reported with the element that caused them.
 */
export async function armXssDetector(context: BrowserContext): Promise<XssDetector> {
  const findings: XssFinding[] = []
  await context.exposeBinding(
    '__xssReport',
    ({ frame }, finding: { kind: 'executed' | 'dialog' | 'csp'; id: number | null; detail: string }) => {
      findings.push({ ...finding, where: frame.url() })
    },
  )
  // Bundlers that keep function names (esbuild's keepNames) call a `__name` helper inside functions sent to the page.
  await context.addInitScript(NAME_HELPER)
  await context.addInitScript(detectorInitScript)
  context.on('page', (page) => watchPage(page, findings))
  for (const page of context.pages()) watchPage(page, findings)
  return { findings, hits: () => [...findings] }
}

function watchPage(page: Page, findings: XssFinding[]) {
  page.on('dialog', (dialog) => {
    const id = Number.parseInt(dialog.message(), 10)
    findings.push({
      kind: 'dialog',
      id: Number.isFinite(id) ? id : null,
      where: page.url(),
      detail: `${dialog.type()}(${dialog.message()})`,
    })
    void dialog.dismiss().catch(() => undefined)
  })
  page.on('console', (message) => {
    const text = message.text()
    if (/Content Security Policy/i.test(text) && /Refused to (execute|load|evaluate|run|frame)/i.test(text)) {
      const id = /__xss\((\d+)\)/.exec(text)
      findings.push({ kind: 'csp', id: id ? Number(id[1]) : null, where: page.url(), detail: text.slice(0, 300) })
    }
  })
}

/**
 * `work`, or a clear failure once `ms` have passed: a vector that blocks the page (an endless loop,
 * a dialog nobody dismisses, a navigation that never ends) must fail the test, never hang it.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(
            `${what}: no answer within ${ms / 1000} s — something on the page blocks it (an endless loop, a dialog, a navigation that never ends?)`,
          ),
        ),
      ms,
    )
  })
  try {
    return await Promise.race([work, late])
  } finally {
    clearTimeout(timer)
  }
}

/** How long a page may take to answer the test's own scripts before the test fails. */
const PAGE_ANSWER_MS = 15_000

/**
 * Lets pending tasks run: the page answers a round trip after two animation frames and a task,
 * so handlers queued by loading (onerror, onload, ontoggle, autofocus) have had their turn, and
 * the detector's reports (sent before this answer) have arrived. A frame that goes away meanwhile
 * (it navigated) is skipped; one that does not answer at all fails the test.
 */
export async function settle(page: Page): Promise<void> {
  for (const frame of page.frames()) {
    const answered = frame
      .evaluate(
        () =>
          new Promise<void>((resolve) => {
            requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0)))
          }),
      )
      .catch(() => undefined)
    await withDeadline(answered, PAGE_ANSWER_MS, `Letting ${frame.url()} settle`)
  }
}

export interface AuditOptions {
  /** `script` elements the page itself ships (e.g. its bundle, JSON data blocks), as a selector. */
  allowedScripts?: string
  /**
   * The page is a Next.js App Router page (the admin): also allow the inline scripts Next and React
   * write into its HTML, each recognised by its whole text, never by where it sits — see
   * `isNextInline` in `auditDom`. Anything else inline (an injected `<script>`, even an inert one) is reported.
   */
  nextInlineScripts?: boolean
  /** Only look inside these elements (default: the whole document). */
  root?: string
}

const NAME_HELPER = 'globalThis.__name ??= (fn) => fn'

const REACT_BLOCKED_URL = "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')"

/**
 * Looks through the DOM (every same-origin frame) for markup that could run script: elements with
 * inline event-handler attributes, scripts the page did not ship, frames, objects, embeds, meta
 * refresh, base, and URL attributes with javascript:, data: (other than images), vbscript: or
 * livescript: schemes after the browser's own URL parsing. Returns what it found.
 */
export async function auditDom(page: Page, options: AuditOptions = {}): Promise<XssFinding[]> {
  await withDeadline(page.evaluate(NAME_HELPER), PAGE_ANSWER_MS, `Auditing ${page.url()}`)
  const found = await withDeadline(
    page.evaluate(
      ({ allowedScripts, nextInline, root, reactBlocked }) => {
        /**
         * Whether an inline script is one that Next.js (16, App Router, Turbopack build) or React (19)
         * streaming SSR writes into every page, judged by its whole text:
         * - `(self.__next_f=self.__next_f||[]).push([0])`: Next's RSC-payload bootstrap, exactly this.
         * - `self.__next_f.push(<JSON>)`: a chunk of the RSC payload, only if the argument is one JSON
         *   value (JSON.parse accepts it): pure data, so content in it (the vectors, escaped as JSON)
         *   cannot run, and a `</script>` breaking out of it would leave invalid JSON behind.
         * - `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(<JSON>);`: Turbopack's
         *   chunk list, again only with one JSON value.
         * - `requestAnimationFrame(function(){$RT=performance.now()});`: React's paint timer, exactly.
         * - React's streaming runtime, which begins `$RB=[];$RV=function(` and ends with its own
         *   instructions (`$RC("B:0","S:0")`); it never holds page content, so one with a detector or
         *   dialog call in it was injected.
         */
        const isNextInline = (text: string): boolean => {
          const isJson = (value: string) => {
            try {
              JSON.parse(value)
              return true
            } catch {
              return false
            }
          }
          if (text === '(self.__next_f=self.__next_f||[]).push([0])') return true
          if (text === 'requestAnimationFrame(function(){$RT=performance.now()});') return true
          const flight = /^self\.__next_f\.push\(([\s\S]*)\)$/.exec(text)
          if (flight) return isJson(flight[1]!)
          const turbopack = /^\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(([\s\S]*)\);?$/.exec(text)
          if (turbopack) return isJson(turbopack[1]!)
          if (text.startsWith('$RB=[];$RV=function(')) return !/__xss|\b(?:alert|confirm|prompt)\s*\(/.test(text)
          return false
        }
        const results: { id: number | null; detail: string }[] = []
        const idOf = (text: string) => {
          const match = /__xss\((\d+)\)|(?:alert|confirm|prompt|msgbox)\((\d+)\)/.exec(text)
          return match ? Number(match[1] ?? match[2]) : null
        }
        const add = (element: Element, why: string) => {
          const html = element.outerHTML.slice(0, 200)
          results.push({ id: idOf(html), detail: `${why}: ${html}` })
        }
        const dangerousScheme = (value: string, element: Element) => {
          if (value === reactBlocked) return false
          let scheme: string
          try {
            scheme = new URL(value, document.baseURI).protocol
          } catch {
            return false
          }
          if (scheme === 'data:') return !(element.tagName === 'IMG' && /^\s*data:image\/(png|jpe?g|gif|webp|avif)/i.test(value))
          return ['javascript:', 'vbscript:', 'livescript:'].includes(scheme)
        }
        const URL_ATTRIBUTES = [
          'href',
          'src',
          'action',
          'formaction',
          'data',
          'xlink:href',
          'background',
          'poster',
          'srcdoc',
          'codebase',
          'dynsrc',
          'lowsrc',
        ]
        const visit = (doc: Document) => {
          const scope = root ? Array.from(doc.querySelectorAll(root)) : [doc.documentElement]
          for (const top of scope) {
            for (const element of [top, ...Array.from(top.querySelectorAll('*'))]) {
              for (const attribute of Array.from(element.attributes)) {
                const name = attribute.name.toLowerCase()
                if (name.startsWith('on')) add(element, `inline handler ${name}`)
                else if (name === 'srcdoc') add(element, 'srcdoc')
                else if (URL_ATTRIBUTES.includes(name) && dangerousScheme(attribute.value, element))
                  add(element, `${name} with a script scheme`)
              }
              const tag = element.tagName.toLowerCase()
              if (tag === 'script') {
                // Next's inline scripts carry no attribute but an id (Turbopack's); one with a src, a
                // type or a handler is judged by `allowedScripts` alone.
                const shipped =
                  (allowedScripts !== null && element.matches(allowedScripts)) ||
                  (nextInline && Array.from(element.attributes).every((a) => a.name === 'id') && isNextInline(element.textContent ?? ''))
                if (!shipped) add(element, 'script the page did not ship')
              }
              if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'isindex'].includes(tag)) add(element, `${tag} element`)
              if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') add(element, 'meta refresh')
              if (tag === 'template') {
                const content = (element as HTMLTemplateElement).content
                if (content.querySelector('*'))
                  results.push({ id: idOf(element.innerHTML), detail: `template with markup: ${element.outerHTML.slice(0, 200)}` })
              }
            }
          }
          for (const frame of Array.from(doc.querySelectorAll('iframe'))) {
            try {
              if (frame.contentDocument) visit(frame.contentDocument)
            } catch {
              // another origin: its element was reported already
            }
          }
        }
        visit(document)
        return results
      },
      {
        allowedScripts: options.allowedScripts ?? null,
        nextInline: options.nextInlineScripts ?? false,
        root: options.root ?? null,
        reactBlocked: REACT_BLOCKED_URL,
      },
    ),
    PAGE_ANSWER_MS,
    `Auditing ${page.url()}`,
  )
  return found.map((finding) => ({ kind: 'markup' as const, where: page.url(), ...finding }))
}

/**
 * Triggers what a reader could: moves the pointer over the page, tabs through a few focusable
 * elements, and clicks every link in `linkSelector` whose target is not an http(s) page elsewhere
 * (those are where a script URL would run), coming back to `url` when a click navigates.
 */
export async function interact(page: Page, url: string, linkSelector: string): Promise<number> {
  await page.mouse.move(5, 5)
  await page.mouse.move(600, 400, { steps: 4 })
  // The scheme of each link as the browser resolves it, in one round trip; web, e-mail, phone and
  // about: links cannot run script here.
  const risky = await withDeadline(
    page.locator(linkSelector).evaluateAll((links) =>
      links.flatMap((element, index) => {
        const href = element.getAttribute('href') ?? element.getAttribute('xlink:href') ?? ''
        let scheme: string
        try {
          scheme = new URL(href, document.baseURI).protocol
        } catch {
          scheme = 'invalid:'
        }
        // about: (about:blank is what the admin's rich-text editor puts in place of a script URL) cannot run script either.
        return ['http:', 'https:', 'mailto:', 'tel:', 'about:', 'invalid:'].includes(scheme) ? [] : [index]
      }),
    ),
    PAGE_ANSWER_MS,
    `Reading the links on ${url}`,
  )
  for (const index of risky) {
    await page
      .locator(linkSelector)
      .nth(index)
      .click({ noWaitAfter: true, timeout: 5_000 })
      .catch(() => undefined)
    await settle(page)
    if (page.url() !== url) {
      await page.goto(url)
    }
  }
  return risky.length
}
