/** Node flags every bundled script runs with: `--conditions=production` (see bundle.mjs for why). */
export declare const NODE_FLAGS: string[]

/**
 * Bundles each TypeScript entry point (paths relative to `cwd`) to `<outdir>/<path>.mjs` (a launcher
 * that checks NODE_FLAGS) and `<outdir>/<path>.bundle.mjs`. Resolves with the launchers' file URLs.
 */
export declare function bundleNodeScripts(options: { entryPoints: string[]; outdir: string; cwd?: string }): Promise<string[]>
