import { describe, expect, it } from 'vitest'

import { readReplicaUrlsFromEnv, s3MediaStorageFromEnv, s3StorageOptions } from '../../src/scaleOut/config'

describe('DATABASE_READ_REPLICA_URLS → the adapter’s readReplicas', () => {
  it('is none when unset or blank', () => {
    expect(readReplicaUrlsFromEnv({})).toBeUndefined()
    expect(readReplicaUrlsFromEnv({ DATABASE_READ_REPLICA_URLS: ' , ' })).toBeUndefined()
  })

  it('splits a comma-separated list and trims it', () => {
    expect(
      readReplicaUrlsFromEnv({ DATABASE_READ_REPLICA_URLS: ' postgres://u:p@replica-1:5432/clinic ,postgresql://u:p@replica-2/clinic,' }),
    ).toEqual(['postgres://u:p@replica-1:5432/clinic', 'postgresql://u:p@replica-2/clinic'])
  })

  it('refuses a malformed entry, naming the variable and the entry, without printing its password', () => {
    const refuse = (value: string) => () => readReplicaUrlsFromEnv({ DATABASE_READ_REPLICA_URLS: value })
    expect(refuse('postgres://u:p@ok/clinic,replica-2:5432/clinic')).toThrow(
      'DATABASE_READ_REPLICA_URLS: entry 2 ("replica-2:5432/clinic") is not a PostgreSQL connection URL',
    )
    expect(refuse('mysql://user:hunter2@replica/clinic')).toThrow('entry 1 ("mysql://user:***@replica/clinic")')
    expect(refuse('mysql://user:hunter2@replica/clinic')).not.toThrow(/hunter2/)
    expect(refuse('postgres:///clinic')).toThrow(/DATABASE_READ_REPLICA_URLS: entry 1/)
  })
})

describe('S3_* → media storage', () => {
  const complete = {
    S3_BUCKET: 'clinic-media',
    S3_REGION: 'eu-central-1',
    S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
    S3_SECRET_ACCESS_KEY: 'secret-example',
  }

  it('keeps media on local disk when S3_BUCKET is not set', () => {
    expect(s3MediaStorageFromEnv({})).toBeNull()
    expect(s3MediaStorageFromEnv({ S3_BUCKET: '  ' })).toBeNull()
  })

  it('reads AWS S3 settings', () => {
    expect(s3MediaStorageFromEnv(complete)).toEqual({
      bucket: 'clinic-media',
      region: 'eu-central-1',
      forcePathStyle: false,
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example',
    })
  })

  it('reads an S3-compatible service (MinIO, R2): endpoint, path-style, region optional', () => {
    const { S3_REGION: _region, ...withoutRegion } = complete
    expect(s3MediaStorageFromEnv({ ...withoutRegion, S3_ENDPOINT: 'http://minio:9000', S3_FORCE_PATH_STYLE: 'true' })).toEqual({
      bucket: 'clinic-media',
      region: 'us-east-1',
      endpoint: 'http://minio:9000',
      forcePathStyle: true,
      accessKeyId: 'AKIAEXAMPLE',
      secretAccessKey: 'secret-example',
    })
  })

  it('refuses a bucket without credentials, naming what is missing', () => {
    expect(() => s3MediaStorageFromEnv({ S3_BUCKET: 'clinic-media', S3_REGION: 'eu-central-1' })).toThrow(
      'S3_BUCKET is set, so S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set too',
    )
    expect(() => s3MediaStorageFromEnv({ ...complete, S3_SECRET_ACCESS_KEY: '' })).toThrow(
      'S3_BUCKET is set, so S3_SECRET_ACCESS_KEY must be set too',
    )
    const { S3_REGION: _region, ...withoutRegion } = complete
    expect(() => s3MediaStorageFromEnv(withoutRegion)).toThrow('S3_BUCKET is set, so S3_REGION must be set too')
  })

  it('refuses S3 settings without a bucket rather than silently using local disk', () => {
    expect(() => s3MediaStorageFromEnv({ S3_ACCESS_KEY_ID: 'AKIAEXAMPLE', S3_ENDPOINT: 'http://minio:9000' })).toThrow(
      'S3_ENDPOINT, S3_ACCESS_KEY_ID are set but S3_BUCKET is not',
    )
  })

  it('refuses a malformed endpoint or path-style flag, naming the variable', () => {
    expect(() => s3MediaStorageFromEnv({ ...complete, S3_ENDPOINT: 'minio:9000' })).toThrow(/^S3_ENDPOINT must be an http\(s\):\/\/ URL/)
    expect(() => s3MediaStorageFromEnv({ ...complete, S3_FORCE_PATH_STYLE: 'sometimes' })).toThrow(
      'S3_FORCE_PATH_STYLE must be true or false (got "sometimes").',
    )
  })

  it('gives the storage plugin its options: off without a bucket, same columns either way', () => {
    const off = s3StorageOptions(null)
    expect(off).toMatchObject({ enabled: false, alwaysInsertFields: true, collections: { media: true } })

    const on = s3StorageOptions(
      s3MediaStorageFromEnv({ ...complete, S3_ENDPOINT: 'https://acct.r2.cloudflarestorage.com', S3_FORCE_PATH_STYLE: '1' }),
    )
    expect(on).toEqual({
      enabled: true,
      alwaysInsertFields: true,
      bucket: 'clinic-media',
      collections: { media: true },
      config: {
        region: 'eu-central-1',
        endpoint: 'https://acct.r2.cloudflarestorage.com',
        forcePathStyle: true,
        credentials: { accessKeyId: 'AKIAEXAMPLE', secretAccessKey: 'secret-example' },
      },
    })
  })
})
