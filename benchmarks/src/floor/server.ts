/**
 * The floor: a minimal node:http + pg server for the same three reads as the CMS. Run as its own
 * process (bundled to `dist/src/floor/server.mjs`, DATABASE_URL and PORT from the environment) so it gets a core
 * of its own like the CMS does; prints "listening <port>" when ready.
 */
import http from 'node:http'

import pg from 'pg'

import { articleBySlug, listPublished, searchPublished } from './queries'

// Payload's adapter uses node-postgres' default pool of 10 connections; the floor gets the same.
const db = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 })

function pageOf(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1')
  return Number.isInteger(page) && page >= 1 ? page : 1
}

async function answer(url: URL): Promise<unknown | undefined> {
  switch (url.pathname) {
    case '/articles':
      return listPublished(db, pageOf(url.searchParams))
    case '/articles/by-slug':
      return articleBySlug(db, url.searchParams.get('slug') ?? '')
    case '/articles/search':
      return searchPublished(db, url.searchParams.get('q') ?? '', pageOf(url.searchParams))
    default:
      return undefined
  }
}

const server = http.createServer((request, response) => {
  answer(new URL(request.url ?? '/', 'http://floor'))
    .then((body) => {
      if (body === undefined) {
        response.writeHead(404).end()
        return
      }
      const json = JSON.stringify(body)
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(json) }).end(json)
    })
    .catch((error: unknown) => {
      console.error(error)
      response.writeHead(500).end()
    })
})

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`)
})

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void db.end().finally(() => process.exit(0))
  })
}
