import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { defineConfig, type Plugin } from 'vitest/config';

// As in the build (scripts/build.mjs): rule tables imported with ?raw arrive as JSON text.
const yamlAsJson: Plugin = {
  name: 'yaml-raw-as-json',
  enforce: 'pre',
  load(id) {
    if (!id.endsWith('.yaml?raw')) return null;
    const data = parse(readFileSync(id.slice(0, -'?raw'.length), 'utf8'));
    return `export default ${JSON.stringify(JSON.stringify(data))};`;
  },
};

export default defineConfig({
  plugins: [yamlAsJson],
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'threads',
    // builds dist/ once when it is missing or stale: some tests spawn the real bin
    globalSetup: ['tests/setup/build.ts'],
    setupFiles: ['tests/setup/markdown.ts'],
  },
});
