import { readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

/** Writes .gz and .br beside each built asset, so the server sends them without compressing per request. */
function precompressAssets(): Plugin {
  let assetsDir = ''
  return {
    name: 'clinic:precompress-assets',
    apply: (_config, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir)
    },
    async closeBundle() {
      for (const name of await readdir(assetsDir)) {
        if (!/\.(js|css|svg)$/.test(name)) continue
        const file = path.join(assetsDir, name)
        const content = await readFile(file)
        await writeFile(`${file}.gz`, gzipSync(content, { level: 9 }))
        await writeFile(`${file}.br`, brotliCompressSync(content))
      }
    },
  }
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [react(), precompressAssets()],
  build: isSsrBuild
    ? { outDir: 'dist/server', emptyOutDir: true, copyPublicDir: false }
    : { outDir: 'dist/client', emptyOutDir: true, manifest: true },
}))
