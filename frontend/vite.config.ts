import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

// docs/decisions/0015: built by Maven (frontend/pom.xml) into target/classes/static, which the gateway serves at /.
/**
 * The built page declares the Content-Security-Policy the gateway will send (issue 14), so that anything the
 * application does against it (an inline script or style element, eval) fails in every test run already.
 * Not in `npm run dev`, whose hot reload injects style elements.
 */
const contentSecurityPolicy = {
  name: 'pes21-content-security-policy',
  apply: 'build' as const,
  transformIndexHtml: (html: string) =>
    html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n    <meta http-equiv="Content-Security-Policy" content="default-src 'self'">`),
};

export default defineConfig({
  plugins: [vue(), contentSecurityPolicy],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Content-Security-Policy default-src 'self' (issue 14): no inline script, no data: URL for modules.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    cssCodeSplit: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  server: {
    // `npm run dev` against a running `./pes21 up`: the API and the token endpoint through the gateway.
    proxy: {
      '/api': 'http://localhost:8080',
      '/auth': 'http://localhost:8080',
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.ts'],
    restoreMocks: true,
  },
});
