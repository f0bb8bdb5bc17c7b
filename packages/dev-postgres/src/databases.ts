import pg from 'pg'

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl)
  url.pathname = `/${database}`
  return url.toString()
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`
}

async function withMaintenanceClient<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>) {
  // Creating a database from a template waits for the template's other sessions; a minute means stuck.
  const client = new pg.Client({
    connectionString: databaseUrl(serverUrl, 'postgres'),
    connectionTimeoutMillis: 10_000,
    query_timeout: 60_000,
  })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withMaintenanceClient(serverUrl, async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [name])
    return (result.rowCount ?? 0) > 0
  })
}

export async function createDatabase(serverUrl: string, name: string, template?: string) {
  const from = template ? ` template ${quoteIdent(template)}` : ''
  await withMaintenanceClient(serverUrl, (client) => client.query(`create database ${quoteIdent(name)}${from}`))
}

export async function dropDatabase(serverUrl: string, name: string) {
  await withMaintenanceClient(serverUrl, (client) => client.query(`drop database if exists ${quoteIdent(name)} with (force)`))
}
