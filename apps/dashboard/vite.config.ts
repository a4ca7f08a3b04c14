import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { canOpenBrowser } from './build/can-open-browser.ts';
import { offlineServiceWorker } from './build/offline-service-worker.ts';
import { yamlValue } from './build/yaml-value.ts';

/**
 * The Content Security Policy of the production build: scripts only from the
 * app's own origin and never `'unsafe-eval'` (vega runs with its expression
 * interpreter, the scheme check with an interpreting JSON-schema validator,
 * and arquero's verbs are not used in the browser). Styles allow inline
 * `style` attributes, which Svelte transitions and vega-embed set. Nothing is
 * fetched from elsewhere: `connect-src 'self'` keeps data on the machine.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy as a `<meta http-equiv>` to the built index.html, so it holds on any static host. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'fazhi-content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * @fazhi/core's Traditional ⇄ Simplified converters (opencc-js, over a megabyte of dictionaries) are loaded on demand:
 * these two imports resolve to stand-ins that build the converters from dictionaries loaded in their own chunk
 * (src/lib/script/opencc-on-demand.ts; the page and the load worker await `loadOpenCC()` before reading data).
 */
const OPENCC_ON_DEMAND = [
  { find: /^opencc-js\/t2cn$/, replacement: fileURLToPath(new URL('./src/lib/script/opencc-t2cn.ts', import.meta.url)) },
  { find: /^opencc-js\/cn2t$/, replacement: fileURLToPath(new URL('./src/lib/script/opencc-cn2t.ts', import.meta.url)) },
];

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), offlineServiceWorker(), yamlValue()],
  resolve: { alias: OPENCC_ON_DEMAND },
  base: './',
  worker: { format: 'es' },
  // The manifest (dist/.vite/manifest.json) tells the tests and the bench which chunks the first screen loads.
  build: { target: 'es2022', chunkSizeWarningLimit: 2000, manifest: true },
  // `pnpm start` (npm_lifecycle_event 'start') opens a browser where there is one to open, a desktop session; elsewhere,
  // and for the end-to-end tests' preview, it only prints the address.
  preview: { port: 4173, strictPort: false, open: process.env['npm_lifecycle_event'] === 'start' && canOpenBrowser(), headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  server: { port: 5173 },
});
