import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type Plugin } from 'vite';
import { canOpenBrowser } from './build/can-open-browser.ts';
import { offlineServiceWorker } from './build/offline-service-worker.ts';

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

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), offlineServiceWorker()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
  // `pnpm start` (npm_lifecycle_event 'start') opens a browser where there is one to open, a desktop session; elsewhere,
  // and for the end-to-end tests' preview, it only prints the address.
  preview: { port: 4173, strictPort: false, open: process.env['npm_lifecycle_event'] === 'start' && canOpenBrowser(), headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  server: { port: 5173 },
});
