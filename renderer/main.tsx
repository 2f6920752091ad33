import './core/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { searchClient } from './app/search/searchClient';
// Latin faces shipped with the program, so English is never set in a CJK font's Latin (see styles.css).
import '@fontsource-variable/source-serif-4';
import '@fontsource-variable/source-sans-3';
import './app/styles.css';

// The search worker loads the corpus and index while the page loads and draws its own.
searchClient.start();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
