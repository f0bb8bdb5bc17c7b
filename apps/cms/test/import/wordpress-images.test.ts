/**
 * A WordPress post's images come into Media from the site's uploads folder on this machine (never
 * fetched from the addresses in the file): with their alt text, the featured one as the hero and
 * the body's as the editor's upload nodes; without alt text they are flagged and left out. A
 * re-run adds no media twice, and a failed import leaves neither rows nor files behind. The admin
 * takes the same as one zip: the export with its uploads folder.
 */
import { mkdir, mkdtemp, readdir, symlink, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yazl from 'yazl'

import type { Article } from '@clinic/shared-types'

import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { importExportFile, importLegacyExport } from '../../src/import'
import { readExportArchive } from '../../src/import/exportArchive'
import { repoRoot } from './helpers'

let t: TestPayload
let mediaDir: string
let uploads: string
let outside: string

const GENUINE = readFileSync(path.join(repoRoot, 'packages/legacy-import/test/fixtures/wxr/wxr-flat-attachment-same-site.xml'), 'utf-8')

async function jpeg(file: string, colour: string) {
  await mkdir(path.dirname(file), { recursive: true })
  await sharp({ create: { width: 640, height: 400, channels: 3, background: colour } })
    .jpeg()
    .toFile(file)
}

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), 'clinic-media-'))
  process.env.MEDIA_DIR = mediaDir
  t = await startTestPayload()
  // The old site's wp-content/uploads, as a clinic copies it from its host.
  uploads = await mkdtemp(path.join(tmpdir(), 'wp-uploads-'))
  outside = await mkdtemp(path.join(tmpdir(), 'not-uploads-'))
  await jpeg(path.join(uploads, '2008/06/canola2.jpg'), '#c9b037')
  await jpeg(path.join(uploads, '2021/05/knee.jpg'), '#7aa')
  // WordPress keeps the resized copies a body shows beside the original.
  await jpeg(path.join(uploads, '2021/05/cells-300x200.jpg'), '#a7a')
  await jpeg(path.join(outside, 'secret.jpg'), '#000')
  await symlink(path.join(outside, 'secret.jpg'), path.join(uploads, '2021/05/linked.jpg'))
  await writeFile(path.join(uploads, '2021/05/not-an-image.jpg'), '<?php echo "hello"; ?>')
})
afterAll(async () => t?.stop())

const mediaCount = async () => (await t.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
const articleOf = async (id: number) =>
  (await t.payload.findByID({ collection: 'articles', id, draft: true, depth: 0, overrideAccess: true })) as Article
type StoredNode = { type: string; value?: unknown; relationTo?: string; children?: StoredNode[] }
/** The upload nodes of a body, in order. */
function uploadNodes(article: Article): StoredNode[] {
  const walk = (node: StoredNode): StoredNode[] => [...(node.type === 'upload' ? [node] : []), ...(node.children ?? []).flatMap(walk)]
  return walk(article.body!.root as unknown as StoredNode)
}

/** A post with a featured image and body images, as WordPress exports them (attachments with their files and alt text). */
const exportWithImages = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Clinic</title><link>https://old-clinic.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>knee</title><link>https://old-clinic.example/knee/</link><wp:post_id>20</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>https://old-clinic.example/wp-content/uploads/2021/05/knee.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2021/05/knee.jpg</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>A knee brace on a patient</wp:meta_value></wp:postmeta></item>
<item><title>escape</title><link>https://old-clinic.example/escape/</link><wp:post_id>21</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>https://old-clinic.example/wp-content/uploads/escape.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>../../etc/passwd</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Escape</wp:meta_value></wp:postmeta></item>
<item><title>Looking after your knees</title><link>https://old-clinic.example/2021/05/knee-habits/</link><dc:creator>admin</dc:creator>
<content:encoded><![CDATA[<p>Simple habits keep knees with osteoarthritis moving.</p>
<p><img src="https://old-clinic.example/wp-content/uploads/2021/05/cells-300x200.jpg" alt="Cells under the microscope" /></p>
<p><img src="https://old-clinic.example/wp-content/uploads/2021/05/knee.jpg" alt="" /></p>
<img src="https://old-clinic.example/wp-content/uploads/2021/05/linked.jpg" alt="Linked" />
<img src="https://old-clinic.example/wp-content/uploads/2021/05/not-an-image.jpg" alt="Not an image" />
<img src="https://old-clinic.example/escape.jpg" alt="Escape" />
<img src="https://old-clinic.example/wp-content/uploads/2021/05/no-alt.jpg" />
<p>Walk a little every day, and call us to talk about your knees.</p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>7</wp:post_id><wp:post_date_gmt>2021-05-01 10:00:00</wp:post_date_gmt><wp:post_name>knee-habits</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>20</wp:meta_value></wp:postmeta></item>
</channel></rss>`

describe('images of a WordPress export', () => {
  it('are listed, not imported, without an uploads folder (an .xml alone)', async () => {
    const report = await importLegacyExport(t.payload, { text: GENUINE, fileName: 'no-uploads.xml' })
    if (!report.ok) throw new Error(report.error)
    expect(report.pages[0]!.flags.join('\n')).toMatch(/Image not imported: .*canola2\.jpg — alt text "canola"; no uploads folder was given/)
    expect(await mediaCount()).toBe(0)
    // Remove it again so the next test imports the same post from scratch.
    await t.payload.delete({ collection: 'articles', id: report.pages[0]!.articleId!, overrideAccess: true })
    await t.payload.delete({ collection: 'redirects', where: { toArticle: { equals: report.pages[0]!.articleId! } }, overrideAccess: true })
  })

  it('come into Media from the uploads folder with their alt text, as the body’s upload nodes; a re-run adds none', async () => {
    const report = await importLegacyExport(t.payload, { text: GENUINE, fileName: 'genuine.xml', uploadsDir: uploads })
    if (!report.ok) throw new Error(report.error)
    const [page] = report.pages
    const { docs } = await t.payload.find({ collection: 'media', overrideAccess: true, depth: 0 })
    expect(docs.map((media) => [media.alt, media.filename, media.mimeType])).toEqual([['canola', 'wp-2008-06-canola2.jpg', 'image/jpeg']])
    expect(page!.flags.join('\n')).toMatch(new RegExp(`canola2\\.jpg imported into Media \\(${docs[0]!.id}\\) with alt text "canola"`))
    const article = await articleOf(page!.articleId!)
    expect(uploadNodes(article)).toEqual([expect.objectContaining({ relationTo: 'media', value: docs[0]!.id })])

    const again = await importLegacyExport(t.payload, { text: GENUINE, fileName: 'genuine.xml', uploadsDir: uploads })
    if (!again.ok) throw new Error(again.error)
    expect(again.pages.map((outcome) => outcome.action)).toEqual(['skipped'])
    expect(await mediaCount()).toBe(1)
  })

  it('make the featured image the hero; only files inside the folder, of image types, with alt text', async () => {
    const before = await mediaCount()
    const report = await importLegacyExport(t.payload, { text: exportWithImages, fileName: 'knee.xml', uploadsDir: uploads })
    if (!report.ok) throw new Error(report.error)
    const [page] = report.pages
    const flags = page!.flags.join('\n')
    const article = await articleOf(page!.articleId!)
    const { docs } = await t.payload.find({ collection: 'media', sort: 'id', overrideAccess: true, depth: 0 })
    const created = docs.slice(before)
    expect(created.map((media) => [media.filename, media.alt])).toEqual([
      ['wp-2021-05-knee.jpg', 'A knee brace on a patient'],
      ['wp-2021-05-cells-300x200.jpg', 'Cells under the microscope'],
    ])
    // The featured image is the hero, and the body shows it too (alt="" there: the attachment's alt text is the Media's).
    expect(article.heroImage).toBe(created[0]!.id)
    expect(uploadNodes(article).map((node) => node.value)).toEqual([created[1]!.id, created[0]!.id])
    expect(flags).toMatch(/Featured image .*knee\.jpg imported into Media/)
    expect(flags).toMatch(/linked\.jpg.*outside the uploads folder/)
    expect(flags).toMatch(/not-an-image\.jpg.*not a JPEG, PNG, WebP, AVIF or GIF image/)
    expect(flags).toMatch(/escape\.jpg.*names no file of the uploads folder/)
    expect(flags).toMatch(/Image not imported: .*no-alt\.jpg — needs alt text; Media requires alt text/)
    expect(JSON.stringify(article.body)).not.toMatch(/secret|passwd|php/)
  })

  it('leave no Media rows and no files behind when the import fails half-way', async () => {
    // Another post whose image is not in Media yet, so the import creates one before it fails.
    await jpeg(path.join(uploads, '2008/06/canola3.jpg'), '#321')
    const fresh = GENUINE.replace(/Post with Attachment/g, 'Another post with an attachment').replace(/canola2\.jpg/g, 'canola3.jpg')
    const rowsBefore = await mediaCount()
    let mediaWasCreated = false
    const filesBefore = (await readdir(mediaDir)).sort()
    const failing = importLegacyExport(t.payload, {
      text: fresh,
      fileName: 'failing.xml',
      uploadsDir: uploads,
      onPage: (outcome) => {
        mediaWasCreated = outcome.flags.some((flag) => /canola3\.jpg imported into Media/.test(flag))
        throw new Error('the server went away')
      },
    })
    await expect(failing).rejects.toThrow('the server went away')
    expect(mediaWasCreated).toBe(true)
    expect(await mediaCount()).toBe(rowsBefore)
    expect((await readdir(mediaDir)).sort()).toEqual(filesBefore)
  })

  it('come from a zip of the export and its uploads folder (the admin upload), never from anything else in it', async () => {
    const post = GENUINE.replace(/Post with Attachment/g, 'Zipped post with an attachment')
      .replace(/post-with-attachment/g, 'zipped-post')
      .replace(/canola2\.jpg/g, 'canola4.jpg')
    const image = await sharp({ create: { width: 320, height: 200, channels: 3, background: '#4a4' } })
      .jpeg()
      .toBuffer()
    const archive = await zipOf([
      ['old-site/clinic.WordPress.2026-12-01.xml', Buffer.from(post)],
      ['old-site/wp-content/uploads/2008/06/canola4.jpg', image],
      ['old-site/wp-content/uploads/2008/06/shell.php', Buffer.from('<?php system($_GET["c"]); ?>')],
      ['old-site/wp-content/uploads/.htaccess', Buffer.from('Options +ExecCGI')],
    ])
    // Only the images are unpacked.
    const unpacked = await readExportArchive(archive)
    if (!unpacked.ok) throw new Error(unpacked.error)
    expect(await readdir(unpacked.uploadsDir!, { recursive: true })).toEqual(['2008', '2008/06', '2008/06/canola4.jpg'])
    await unpacked.dispose()

    const before = await mediaCount()
    const tempBefore = await importTempDirs()
    const report = await importExportFile(t.payload, {
      fileName: 'old-site.zip',
      data: archive,
    })
    if (!report.ok) throw new Error(report.error)
    expect(report.pages[0]!.flags.join('\n')).toMatch(/canola4\.jpg imported into Media \(\d+\) with alt text "canola"/)
    expect(await mediaCount()).toBe(before + 1)
    // The unpacked archive is gone once the import is done.
    expect(await importTempDirs()).toEqual(tempBefore)
  })

  it('refuse a zip that holds no export, two exports, or a name leaving the archive, naming the reason, and store nothing', async () => {
    const before = await mediaCount()
    const refused = async (files: [string, Buffer][], patch?: [string, string]) => {
      let data = await zipOf(files)
      // yazl writes no name with "..": patch one in afterwards, as a hostile archive would have it.
      if (patch) data = Buffer.from(data.toString('latin1').split(patch[0]).join(patch[1]), 'latin1')
      const report = await importExportFile(t.payload, { fileName: 'bad.zip', data })
      expect(report.ok).toBe(false)
      return report.ok ? '' : report.error
    }
    await expect(refused([['uploads/2008/06/x.jpg', Buffer.from('x')]])).resolves.toMatch(/holds no WordPress export/)
    await expect(
      refused([
        ['a.xml', Buffer.from(GENUINE)],
        ['b.xml', Buffer.from(GENUINE)],
      ]),
    ).resolves.toMatch(/holds 2 exports/)
    await expect(
      refused(
        [
          ['export.xml', Buffer.from(GENUINE)],
          ['zz/evil.jpg', Buffer.from('x')],
        ],
        ['zz/evil.jpg', '../evil.jpg'],
      ),
    ).resolves.toMatch(/could not be read.*\.\./)
    expect(await mediaCount()).toBe(before)
  })
})

/** A zip archive of these files, as the clinic would make one of its old site's files. */
async function zipOf(files: [string, Buffer][]): Promise<Buffer> {
  const zip = new yazl.ZipFile()
  for (const [name, data] of files) zip.addBuffer(data, name)
  zip.end()
  const chunks: Buffer[] = []
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The import's temporary folders in the system's temp directory. */
async function importTempDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('clinic-import-')).sort()
}
