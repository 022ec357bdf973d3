import { defineConfig } from '@playwright/test';

// Overridable so that two checkouts or agents can run browser tests side by side.
const PORT = Number(process.env.DUIZHAO_TEST_PORT ?? 4873);
const DIST = process.env.DUIZHAO_TEST_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --dir ${DIST} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
  },
});
