import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Endpoint } from 'payload'

/**
 * GET /api/content-generation: the change counter every public change bumps in its own transaction
 * (http/responseCache/invalidate.ts). Site instances poll it to drop pages rendered before a change,
 * so it is one indexed row read, never cached anywhere, and says nothing but a number.
 */
export const contentGenerationEndpoint: Endpoint = {
  path: '/content-generation',
  method: 'get',
  handler: async (req) => {
    const { pool } = req.payload.db as unknown as PostgresAdapter
    // Named, so each connection parses and plans it once: every site instance asks several times a second.
    const { rows } = await pool.query<{ generation: string }>({
      name: 'content-generation',
      text: 'select coalesce((select generation from response_cache_state where id = 1), 0) as generation',
    })
    return Response.json({ generation: Number(rows[0]!.generation) }, { headers: { 'Cache-Control': 'private, no-store' } })
  },
}
