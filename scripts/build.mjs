// Bundles the library, the CLI and its worker with esbuild, and emits type declarations
// with tsc. Dependencies are bundled in too (one file to load instead of hundreds of small
// modules: the CLI starts in a fraction of the time), except the heavy readers and writers
// that load only when a PDF, a .docx or an .xlsx is used, and tinypool, which finds its own
// worker entry beside its files. Rule tables (*.yaml?raw) are
// inlined as JSON text, so start-up parses no YAML.
import { build } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({
      path: new URL(args.path.replace(/\?raw$/, ''), `file://${args.resolveDir}/`).pathname,
      namespace: 'raw-text',
    }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      return { contents: args.path.endsWith('.yaml') ? JSON.stringify(parse(text)) : text, loader: 'text' };
    });
  },
};

await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/index.ts', cli: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist',
  external: ['tinypool', 'iconv-lite', 'exceljs', 'mammoth', 'unpdf', 'pdfjs-dist', 'playwright-core', 'rehype-parse', 'hast-util-to-text', 'hast-util-select'],
  // bundled CommonJS packages call require() for Node's own modules
  banner: { js: "import { createRequire as __htxCreateRequire } from 'node:module'; const require = __htxCreateRequire(import.meta.url);" },
  plugins: [rawText],
  sourcemap: false,
  logLevel: 'warning',
  chunkNames: 'chunks/[name]-[hash]',
});
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
