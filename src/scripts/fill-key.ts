/** The session storage key of values carried to a guide (see fill-handoff.ts). */
export const HANDOFF_KEY = 'fixerror:fill';
