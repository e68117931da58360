// Renderer entry: mounts the app into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/global.css';

const container = document.getElementById('root');
if (!container) throw new Error('Flowcase: the page has no #root element to mount into.');

// End-to-end tests reach the engine client through `?engine-test` (engine/test-hook.ts).
if (new URLSearchParams(window.location.search).has('engine-test'))
  void import('./engine/test-hook');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
