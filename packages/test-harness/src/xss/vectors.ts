/**
 * A corpus of known cross-site-scripting vectors (the shapes of the OWASP XSS filter-evasion cheat
 * sheet, PortSwigger's XSS cheat sheet, mutation-XSS write-ups and classic context breakouts). Each
 * vector, should it ever run, calls the page's detector with its own number, `__xss(n)` (or
 * `top.__xss(n)`, or `alert(n)` / `confirm(n)` / `prompt(n)`, which the detector also catches), so a
 * hit names the vector that got through.
 */

export type VectorKind =
  /** Markup or script text for any text field (titles, rich text, citation fields, lead fields). */
  | 'html'
  /** A link target for URL fields (rich-text links, citation URL / DOI). */
  | 'url'

export interface XssVector {
  id: number
  kind: VectorKind
  /** Where the shape comes from, for people reading a report. */
  name: string
  payload: string
}

type Template = readonly [name: string, build: (n: number) => string]

const call = (n: number) => `__xss(${n})`
const base64 = (text: string) => Buffer.from(text).toString('base64')
/** `&#116;&#111;…`: every character as a decimal HTML entity. */
const decimalEntities = (text: string) => [...text].map((c) => `&#${c.charCodeAt(0)};`).join('')
/** `&#x74;&#x6f;…`, padded with zeros as the cheat sheet shows. */
const hexEntities = (text: string) => [...text].map((c) => `&#x00${c.charCodeAt(0).toString(16)};`).join('')
const percent = (text: string) => [...text].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')

const HTML: readonly Template[] = [
  ['script tag', (n) => `<script>${call(n)}</script>`],
  ['upper-case script tag', (n) => `<SCRIPT>${call(n)}</SCRIPT>`],
  ['script with data: src', (n) => `<script src=data:text/javascript,${call(n)}></script>`],
  ['script calling alert', (n) => `<script>alert(${n})</script>`],
  ['unclosed script', (n) => `<script>${call(n)}//`],
  ['nested script filter evasion', (n) => `<scr<script>ipt>${call(n)}</scr</script>ipt>`],
  ['double-quoted attribute breakout', (n) => `"><script>${call(n)}</script>`],
  ['single-quoted attribute breakout', (n) => `'><script>${call(n)}</script>`],
  ['attribute breakout into event handler', (n) => `" autofocus onfocus="${call(n)}" x="`],
  ['single-quote attribute breakout into handler', (n) => `' onmouseover='${call(n)}' x='`],
  ['title breakout', (n) => `</title><script>${call(n)}</script>`],
  ['textarea breakout', (n) => `</textarea><script>${call(n)}</script>`],
  ['style breakout', (n) => `</style><script>${call(n)}</script>`],
  ['script breakout (JSON-LD / state)', (n) => `</script><script>${call(n)}</script>`],
  ['script breakout to img', (n) => `</script><img src=x onerror=${call(n)}>`],
  ['script breakout to svg', (n) => `</script><svg onload=${call(n)}>`],
  ['mixed-case script breakout', (n) => `</ScRiPt ><script>${call(n)}</script>`],
  ['JSON string and object breakout', (n) => `"}]}</script><script>${call(n)}</script>`],
  ['JSON escape literal breakout', (n) => `\\u003c/script\\u003e\\u003cscript\\u003e${call(n)}\\u003c/script\\u003e`],
  ['JS string breakout (double quote)', (n) => `";${call(n)};//`],
  ['JS string breakout (single quote)', (n) => `'-${call(n)}-'`],
  ['JS string breakout with backslash', (n) => `\\";${call(n)};//`],
  ['template literal breakout', (n) => `\`;${call(n)};\``],
  ['template placeholder', (n) => `\${${call(n)}}`],
  ['Angular-style template expression', (n) => `{{constructor.constructor('${call(n)}')()}}`],
  ['HTML comment breakout', (n) => `--><img src=x onerror=${call(n)}>`],
  ['comment inside attribute', (n) => `<!--<img src="--><img src=x onerror=${call(n)}//">`],
  ['CDATA confusion', (n) => `<![CDATA[<]]><img src=x onerror=${call(n)}>`],
  ['processing-instruction confusion', (n) => `<?xml ?><img src=x onerror=${call(n)}>`],
  ['img onerror', (n) => `<img src=x onerror=${call(n)}>`],
  ['img onerror quoted', (n) => `<img src="x" onerror="${call(n)}">`],
  ['img mixed case', (n) => `<IMG SRC=x OnErRoR=${call(n)}>`],
  ['img slashes instead of spaces', (n) => `<img/src=x/onerror=${call(n)}>`],
  ['img unclosed', (n) => `<img src=x:x onerror=${call(n)}//`],
  ['img empty src', (n) => `<img src onerror=${call(n)}>`],
  ['img decimal entities in handler', (n) => `<img src=x onerror="${decimalEntities(call(n))}">`],
  ['img hex entities in handler', (n) => `<img src=x onerror="${hexEntities(call(n))}">`],
  ['img eval(atob())', (n) => `<img src=x onerror=eval(atob('${base64(call(n))}'))>`],
  ['img unicode-escaped identifier', (n) => `<img src=x onerror=\\u005f_xss(${n})>`],
  ['img bracket property access', (n) => `<img src=x onerror=top['__x'+'ss'](${n})>`],
  ['img setTimeout string', (n) => `<img src=x onerror=setTimeout('${call(n)}')>`],
  ['img Function constructor', (n) => `<img src=x onerror=Function('${call(n)}')()>`],
  ['img alert', (n) => `<img src=x onerror=alert(${n})>`],
  ['img srcset', (n) => `<img srcset=",,,,,x" onerror=${call(n)}>`],
  ['img in malformed quotes', (n) => `<img """><script>${call(n)}</script>">`],
  ['img with javascript: src', (n) => `<img src="javascript:${call(n)}">`],
  ['image tag (parsed as img)', (n) => `<image src=x onerror=${call(n)}>`],
  ['picture source', (n) => `<picture><source srcset=x><img src=x onerror=${call(n)}></picture>`],
  ['input type=image', (n) => `<input type=image src=x onerror=${call(n)}>`],
  ['svg onload', (n) => `<svg onload=${call(n)}>`],
  ['svg slash onload', (n) => `<svg/onload=${call(n)}>`],
  ['svg onload confirm', (n) => `<svg onload=confirm(${n})>`],
  ['svg script', (n) => `<svg><script>${call(n)}</script></svg>`],
  ['svg script with data: href', (n) => `<svg><script href=data:,${call(n)} /></svg>`],
  ['svg animate onbegin', (n) => `<svg><animate onbegin=${call(n)} attributeName=x dur=1s>`],
  ['svg set onbegin', (n) => `<svg><set onbegin=${call(n)} attributeName=x to=1>`],
  ['svg discard onbegin', (n) => `<svg><discard onbegin=${call(n)}>`],
  ['svg xlink:href javascript:', (n) => `<svg><a xlink:href="javascript:${call(n)}"><text x=20 y=20>xss ${n}</text></a></svg>`],
  [
    'svg animate href to javascript:',
    (n) => `<svg><a><animate attributeName=href values=javascript:${call(n)} /><text x=20 y=20>xss ${n}</text></a></svg>`,
  ],
  [
    'svg foreignObject iframe srcdoc',
    (n) => `<svg><foreignObject><iframe srcdoc="<script>parent.${call(n)}</script>"></iframe></foreignObject></svg>`,
  ],
  ['math href', (n) => `<math href="javascript:${call(n)}">xss ${n}</math>`],
  ['mXSS math/mtext/mglyph/style', (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${call(n)}>`],
  ['mXSS form/math namespace confusion', (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${call(n)}>`],
  ['mXSS noscript title', (n) => `<noscript><p title="</noscript><img src=x onerror=${call(n)}>">`],
  ['mXSS svg/p/style', (n) => `<svg></p><style><a id="</style><img src=1 onerror=${call(n)}>">`],
  ['mXSS xmp', (n) => `<xmp><p title="</xmp><img src=x onerror=${call(n)}>">`],
  ['mXSS nested style', (n) => `<style><style/><img src=x onerror=${call(n)}>`],
  ['template content', (n) => `<template><img src=x onerror=${call(n)}></template>`],
  ['body onload', (n) => `<body onload=${call(n)}>`],
  ['body onpageshow', (n) => `<body onpageshow=${call(n)}>`],
  ['frameset onload', (n) => `<frameset onload=${call(n)}>`],
  ['details ontoggle', (n) => `<details open ontoggle=${call(n)}>`],
  ['details ontoggle slashes', (n) => `<details/open/ontoggle="${call(n)}">`],
  ['details ontoggle prompt', (n) => `<details open ontoggle=prompt(${n})>`],
  ['video onerror', (n) => `<video src=x onerror=${call(n)}>`],
  ['video source onerror', (n) => `<video><source onerror=${call(n)}></video>`],
  ['audio onerror', (n) => `<audio src=x onerror=${call(n)}>`],
  ['input autofocus onfocus', (n) => `<input autofocus onfocus=${call(n)}>`],
  ['select autofocus onfocus', (n) => `<select autofocus onfocus=${call(n)}></select>`],
  ['textarea autofocus onfocus', (n) => `<textarea autofocus onfocus=${call(n)}></textarea>`],
  ['keygen autofocus onfocus', (n) => `<keygen autofocus onfocus=${call(n)}>`],
  ['contenteditable autofocus', (n) => `<x contenteditable autofocus onfocus=${call(n)}>xss ${n}</x>`],
  ['focusin on tabindex', (n) => `<a id=x${n} tabindex=1 onfocusin=${call(n)}>xss ${n}</a>`],
  ['marquee onstart', (n) => `<marquee onstart=${call(n)}>xss ${n}</marquee>`],
  ['style onload', (n) => `<style onload=${call(n)}></style>`],
  ['iframe onload', (n) => `<iframe onload=${call(n)}></iframe>`],
  ['iframe javascript: src', (n) => `<iframe src="javascript:parent.${call(n)}"></iframe>`],
  ['iframe srcdoc script', (n) => `<iframe srcdoc="<script>parent.${call(n)}</script>"></iframe>`],
  ['iframe srcdoc entity-encoded', (n) => `<iframe srcdoc="&lt;img src=x onerror=parent.${call(n)}&gt;"></iframe>`],
  ['iframe data: src', (n) => `<iframe src="data:text/html,<script>${call(n)}</script>"></iframe>`],
  ['object javascript: data', (n) => `<object data="javascript:${call(n)}"></object>`],
  ['object data: html', (n) => `<object data="data:text/html;base64,${base64(`<script>${call(n)}</script>`)}"></object>`],
  ['object onerror', (n) => `<object data=x onerror=${call(n)}></object>`],
  ['embed javascript:', (n) => `<embed src="javascript:${call(n)}">`],
  [
    'embed data: svg',
    (n) => `<embed src="data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`)}">`,
  ],
  ['anchor javascript:', (n) => `<a href="javascript:${call(n)}">xss ${n}</a>`],
  ['anchor mixed-case javascript:', (n) => `<a href="JaVaScRiPt:${call(n)}">xss ${n}</a>`],
  ['anchor entity-encoded scheme', (n) => `<a href="&#106;avascript:${call(n)}">xss ${n}</a>`],
  ['anchor tab in scheme', (n) => `<a href="java&#x09;script:${call(n)}">xss ${n}</a>`],
  ['anchor data: html', (n) => `<a href="data:text/html;base64,${base64(`<script>${call(n)}</script>`)}">xss ${n}</a>`],
  ['anchor vbscript:', (n) => `<a href="vbscript:msgbox(${n})">xss ${n}</a>`],
  ['form javascript: action', (n) => `<form action="javascript:${call(n)}"><input type=submit value="xss ${n}"></form>`],
  ['button formaction', (n) => `<form><button formaction="javascript:${call(n)}">xss ${n}</button></form>`],
  ['isindex action', (n) => `<isindex action=javascript:${call(n)} type=image>`],
  ['CSS expression()', (n) => `<div style="width:expression(${call(n)})">xss ${n}</div>`],
  ['CSS javascript: url()', (n) => `<div style="background:url('javascript:${call(n)}')">xss ${n}</div>`],
  ['style @import javascript:', (n) => `<style>@import 'javascript:${call(n)}';</style>`],
  ['link stylesheet javascript:', (n) => `<link rel=stylesheet href="javascript:${call(n)}">`],
  ['meta refresh to javascript:', (n) => `<meta http-equiv="refresh" content="0;url=javascript:${call(n)}">`],
  [
    'meta refresh to data:',
    (n) => `<meta http-equiv="refresh" content="0;url=data:text/html;base64,${base64(`<script>${call(n)}</script>`)}">`,
  ],
  ['base href javascript:', (n) => `<base href="javascript:${call(n)}//">`],
  ['table background javascript:', (n) => `<table background="javascript:${call(n)}"><td>xss ${n}</td></table>`],
  ['div onmouseover', (n) => `<div onmouseover="${call(n)}">xss ${n}</div>`],
  ['page-covering onpointerover', (n) => `<div onpointerover=${call(n)} style=position:fixed;inset:0;z-index:9999>xss ${n}</div>`],
  ['paragraph onclick', (n) => `<p onclick=${call(n)}>xss ${n}</p>`],
  [
    'polyglot (0xsobky)',
    (n) =>
      `jaVasCript:/*-/*\`/*\\\`/*'/*"/**/(/* */oNcliCk=${call(n)} )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/</scRipt/--!>\\x3csVg/<sVg/oNloAd=${call(n)}//>\\x3e`,
  ],
  ['javascript: as plain text', (n) => `javascript:${call(n)}`],
  ['percent-encoded markup', (n) => `%3Cscript%3E${call(n)}%3C%2Fscript%3E`],
  ['entity-encoded markup', (n) => `&lt;script&gt;${call(n)}&lt;/script&gt;`],
  ['unicode fullwidth brackets', (n) => `＜script＞${call(n)}＜/script＞`],
  ['null-byte-free overlong-ish UTF-8 bracket', (n) => `\u00bcscript\u00be${call(n)}\u00bc/script\u00be`],
]

const URLS: readonly Template[] = [
  ['javascript:', (n) => `javascript:${call(n)}`],
  ['javascript: mixed case', (n) => `JaVaScRiPt:${call(n)}`],
  ['javascript: upper case', (n) => `JAVASCRIPT:${call(n)}`],
  ['javascript: leading space', (n) => ` javascript:${call(n)}`],
  ['javascript: leading tab and newline', (n) => `\t\njavascript:${call(n)}`],
  ['javascript: leading control character', (n) => `\u0001javascript:${call(n)}`],
  ['tab inside scheme', (n) => `java\tscript:${call(n)}`],
  ['newline inside scheme', (n) => `java\nscript:${call(n)}`],
  ['carriage return inside scheme', (n) => `java\rscript:${call(n)}`],
  ['decimal entity scheme', (n) => `&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${call(n)}`],
  ['hex entity scheme', (n) => `&#x6A;avascript:${call(n)}`],
  ['entity colon', (n) => `javascript&colon;${call(n)}`],
  ['percent-encoded body', (n) => `javascript:${percent(call(n))}`],
  ['comment and newline', (n) => `javascript://%0a${call(n)}`],
  ['javascript: eval(atob())', (n) => `javascript:eval(atob('${base64(call(n))}'))`],
  ['javascript: window property', (n) => `javascript:window['__xss'](${n})`],
  ['javascript: alert', (n) => `javascript:alert(${n})`],
  ['data: html', (n) => `data:text/html,<script>${call(n)}</script>`],
  ['data: html base64', (n) => `data:text/html;base64,${base64(`<script>${call(n)}</script>`)}`],
  ['data: upper case', (n) => `DATA:text/html,<script>${call(n)}</script>`],
  ['data: svg', (n) => `data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg" onload="${call(n)}"/>`],
  ['vbscript:', (n) => `vbscript:msgbox(${n})`],
  ['vbscript: mixed case', (n) => `VbScRiPt:msgbox(${n})`],
  ['livescript:', (n) => `livescript:${call(n)}`],
  ['https URL breaking out of a double-quoted href', (n) => `https://example.org/"><script>${call(n)}</script>`],
  ['https URL breaking out of a single-quoted href', (n) => `https://example.org/' onmouseover='${call(n)}`],
  ['protocol-relative URL with encoded markup', (n) => `//example.org/%22%3E%3Cscript%3E${call(n)}%3C/script%3E`],
  ['relative path breakout', (n) => `/research/"><img src=x onerror=${call(n)}>`],
  ['scheme with trailing spaces', (n) => `javascript :${call(n)}`],
  ['mailto breakout', (n) => `mailto:x@example.org"><img src=x onerror=${call(n)}>`],
]

function build(): XssVector[] {
  let id = 1
  const vectors: XssVector[] = []
  for (const [name, make] of HTML) vectors.push({ id, kind: 'html', name, payload: make(id++) })
  for (const [name, make] of URLS) vectors.push({ id, kind: 'url', name, payload: make(id++) })
  return vectors
}

/** Every vector, numbered from 1. */
export const XSS_VECTORS: readonly XssVector[] = build()
export const HTML_VECTORS = XSS_VECTORS.filter((vector) => vector.kind === 'html')
export const URL_VECTORS = XSS_VECTORS.filter((vector) => vector.kind === 'url')

/**
 * Packs vectors into strings of at most `maxLength` characters (joined by a space), taking them in
 * order from `start` and wrapping around, e.g. to fill length-limited titles with as many as fit.
 */
export function packVectors(
  vectors: readonly XssVector[],
  maxLength: number,
  start: number,
  prefix = '',
): { text: string; ids: number[]; next: number } {
  let text = prefix
  const ids: number[] = []
  let index = start
  for (let tried = 0; tried < vectors.length; tried++) {
    const vector = vectors[index % vectors.length]!
    const candidate = text === '' ? vector.payload : `${text} ${vector.payload}`
    if (candidate.length > maxLength) {
      if (ids.length === 0) {
        index++
        continue
      }
      break
    }
    text = candidate
    ids.push(vector.id)
    index++
  }
  return { text, ids, next: index }
}
