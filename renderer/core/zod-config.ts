import { z } from 'zod';

/**
 * Zod, set up for the program's strict Content Security Policy (no 'unsafe-eval'): without `jitless`, zod's first
 * object check probes `new Function("")` and the browser reports a CSP violation, even though zod catches the
 * error. Imported first by every entry point (page, worker, preload), so it runs before any schema is used.
 */
z.config({ jitless: true });
