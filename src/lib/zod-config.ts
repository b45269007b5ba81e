import { z } from 'zod';

// Imported first by main.tsx: zod probes for eval support while schemas are being defined,
// and the server's Content-Security-Policy forbids eval, so the probe must be switched off
// before any schema module runs.
z.config({ jitless: true });
