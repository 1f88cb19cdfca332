/**
 * Compiles a server entry (TypeScript, with everything it imports from server/ and shared/) into
 * one ES module under dist-server/, for plain Node. Packages stay in node_modules. The file is
 * written under a temporary name and renamed, so two servers starting at once never read half
 * of one. Plain JavaScript: it runs before anything can load TypeScript.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, stop } from 'esbuild';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// One level below the root, like server/: the server finds package.json and dist/ from there.
const outDir = join(root, 'dist-server');

export async function compileServer(entry = 'server/main.ts') {
  const outfile = join(outDir, basename(entry).replace(/\.ts$/, '.js'));
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    sourcesContent: false,
    write: false,
    logLevel: 'warning',
  });
  // esbuild's helper process would otherwise live (and hold 35 MB) as long as the server.
  await stop();
  mkdirSync(outDir, { recursive: true });
  for (const file of result.outputFiles) {
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return outfile;
}
