import '../core/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// Latin faces shipped with the program, so English is never set in a CJK font's Latin (see styles.css).
import '@fontsource-variable/source-serif-4';
import '@fontsource-variable/source-sans-3';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
