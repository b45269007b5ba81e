import { config } from 'zod/v4/core';

// Imported first by main.tsx: zod probes for eval support while schemas are being defined,
// and the server's Content-Security-Policy forbids eval, so the probe must be switched off
// before any schema module runs. (zod/v4/core is shared by classic zod and zod/mini.)
config({ jitless: true });
