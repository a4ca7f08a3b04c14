import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html has no #app element');
export default mount(App, { target });

// Offline once loaded: the production build registers the service worker that caches the app's own files
// (build/offline-service-worker.ts). A browser that refuses it (private mode, file://) still runs the app.
if (import.meta.env.PROD && 'serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
