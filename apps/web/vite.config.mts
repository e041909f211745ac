import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: {
    // Mirrors the @ita/web/* paths of tsconfig.base.json.
    alias: {
      '@ita/web/ui': `${workspaceRoot}libs/web/ui/src/index.ts`,
      '@ita/web/charts': `${workspaceRoot}libs/web/charts/src/index.ts`,
      '@ita/web/data-access': `${workspaceRoot}libs/web/data-access/src/index.ts`,
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
  build: {
    outDir: `${workspaceRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: 'hidden',
    // ECharts is one ~650 kB chunk even with only the registered parts (all of echarts: ~1.1 MB); it is
    // a library chunk that stays cached across releases, so the warning threshold allows it.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'echarts', test: /[\\/]node_modules[\\/](echarts|zrender)[\\/]/ },
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'apollo', test: /[\\/]node_modules[\\/](@apollo|@wry|graphql|graphql-tag|optimism|rxjs|tslib)[\\/]/ },
          ],
        },
      },
    },
  },
});
