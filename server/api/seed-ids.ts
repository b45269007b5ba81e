/** The demo's fixed ids (users, organisations, workspaces, pairing), shared by the seeds. */
export const DEMO_OWNER_ID = 1;
export const DEMO_VIEWER_ID = 2;
export const ORG_GENOMICS = 1001;
export const ORG_OTHER = 1002;
export const WS_PRODUCTION = 201;
export const WS_RESEARCH = 202;
/** An empty workspace the demo owner administers: a target for copying credentials out of production. */
export const WS_STAGING = 203;
export const WS_SHARED = 301;
export const DEMO_PAIRING_ID = 'demo-pairing';
