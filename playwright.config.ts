import { defineConfig } from '@playwright/test';

// Overridable so that two checkouts or agents can run browser tests side by side.
const PORT = Number(process.env.DUIZHAO_TEST_PORT ?? 4873);
const DIST = process.env.DUIZHAO_TEST_DIST ?? 'dist';
// The synthetic structured site (npm test's "fixture build"), served beside the real one.
const FIXTURE_PORT = PORT + 1;
const FIXTURE_DIST = process.env.DUIZHAO_TEST_FIXTURE_DIST ?? 'dist-fixtures/structured';

export default defineConfig({
  testDir: 'tests',
  projects: [
    { name: 'site', testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'], testIgnore: ['e2e/structured/**'] },
    { name: 'structured', testMatch: ['e2e/structured/**/*.spec.ts'], use: { baseURL: `http://127.0.0.1:${FIXTURE_PORT}/` } },
  ],
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
  webServer: [
    {
      command: `node scripts/serve.ts --dir ${DIST} --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/index.html`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts --dir ${FIXTURE_DIST} --port ${FIXTURE_PORT}`,
      url: `http://127.0.0.1:${FIXTURE_PORT}/index.html`,
      reuseExistingServer: false,
    },
  ],
});
