/**
 * Settings for running several CMS instances (see README, "Running at scale"): PostgreSQL read
 * replicas and media on S3-compatible storage. Pure functions of the environment, so every rule and
 * error message is unit-tested (test/scale-out/config.test.ts); env.ts calls them with process.env.
 */
import type { S3StorageOptions } from '@payloadcms/storage-s3'

import { commaList } from '../utilities/commaList'

export type EnvVars = Record<string, string | undefined>

const REPLICAS = 'DATABASE_READ_REPLICA_URLS'

function parseUrl(value: string): URL | null {
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** Hides a password in a connection string before it goes into an error message or a log. */
function redact(value: string): string {
  return value.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@')
}

/**
 * DATABASE_READ_REPLICA_URLS: comma-separated postgres:// URLs of read replicas, for the adapter's
 * `readReplicas` (reads go to a replica, writes and reads inside a write go to DATABASE_URL).
 * Unset or empty: no replicas (undefined, which the adapter reads as "none").
 */
export function readReplicaUrlsFromEnv(vars: EnvVars): string[] | undefined {
  const entries = commaList(vars[REPLICAS])
  entries.forEach((entry, index) => {
    const url = parseUrl(entry)
    if (!url || !['postgres:', 'postgresql:'].includes(url.protocol) || !url.hostname) {
      throw new Error(
        `${REPLICAS}: entry ${index + 1} ("${redact(entry)}") is not a PostgreSQL connection URL; ` +
          'expected comma-separated postgres://user:password@host:5432/database URLs.',
      )
    }
  })
  return entries.length > 0 ? entries : undefined
}

/** Media on an S3-compatible bucket (AWS S3, MinIO, Cloudflare R2, …). */
export interface S3MediaStorage {
  bucket: string
  region: string
  /** For S3-compatible services; unset means AWS S3 itself. */
  endpoint?: string
  forcePathStyle: boolean
  accessKeyId: string
  secretAccessKey: string
}

const S3_VARIABLES = ['S3_BUCKET', 'S3_REGION', 'S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_FORCE_PATH_STYLE'] as const

function booleanFrom(name: string, raw: string | undefined, fallback: boolean): boolean {
  const text = (raw ?? '').trim().toLowerCase()
  if (text === '') return fallback
  if (['true', '1', 'yes'].includes(text)) return true
  if (['false', '0', 'no'].includes(text)) return false
  throw new Error(`${name} must be true or false (got "${raw}").`)
}

/**
 * S3_BUCKET (with S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION; S3_ENDPOINT and
 * S3_FORCE_PATH_STYLE for S3-compatible services) → where media is stored. No S3_BUCKET: null,
 * media stays on local disk (MEDIA_DIR). Half a configuration is an error naming what is missing,
 * never a silent fall-back to local disk.
 */
export function s3MediaStorageFromEnv(vars: EnvVars): S3MediaStorage | null {
  const value = (name: (typeof S3_VARIABLES)[number]) => vars[name]?.trim() || undefined
  const bucket = value('S3_BUCKET')
  if (!bucket) {
    const stray = S3_VARIABLES.filter((name) => value(name) !== undefined)
    if (stray.length > 0) {
      throw new Error(
        `${stray.join(', ')} ${stray.length > 1 ? 'are' : 'is'} set but S3_BUCKET is not: set S3_BUCKET to store media on S3, or unset the S3_* variables to keep media on local disk.`,
      )
    }
    return null
  }
  const missing: string[] = (['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => value(name) === undefined)
  const endpoint = value('S3_ENDPOINT')
  // AWS needs the bucket's region; S3-compatible services (an endpoint) mostly ignore it.
  if (!endpoint && value('S3_REGION') === undefined) missing.push('S3_REGION')
  if (missing.length > 0) {
    throw new Error(`S3_BUCKET is set, so ${missing.join(' and ')} must be set too (media storage on S3).`)
  }
  if (endpoint !== undefined) {
    const url = parseUrl(endpoint)
    if (!url || !['http:', 'https:'].includes(url.protocol)) {
      throw new Error(
        `S3_ENDPOINT must be an http(s):// URL, e.g. https://<account>.r2.cloudflarestorage.com or http://minio:9000 (got "${endpoint}").`,
      )
    }
  }
  return {
    bucket,
    region: value('S3_REGION') ?? 'us-east-1',
    ...(endpoint ? { endpoint } : {}),
    forcePathStyle: booleanFrom('S3_FORCE_PATH_STYLE', vars.S3_FORCE_PATH_STYLE, false),
    accessKeyId: value('S3_ACCESS_KEY_ID')!,
    secretAccessKey: value('S3_SECRET_ACCESS_KEY')!,
  }
}

/**
 * The storage-s3 plugin's options. It is always installed, enabled only with a bucket, and always
 * inserts its columns (`prefix`, `_object_key` on media) so the schema, and so the committed
 * migrations, are the same whether media is on local disk or on S3.
 */
export function s3StorageOptions(storage: S3MediaStorage | null): S3StorageOptions {
  return {
    enabled: storage !== null,
    alwaysInsertFields: true,
    bucket: storage?.bucket ?? '',
    collections: { media: true },
    config: storage
      ? {
          region: storage.region,
          ...(storage.endpoint ? { endpoint: storage.endpoint } : {}),
          forcePathStyle: storage.forcePathStyle,
          credentials: { accessKeyId: storage.accessKeyId, secretAccessKey: storage.secretAccessKey },
        }
      : {},
  }
}
