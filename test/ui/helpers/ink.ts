/** Moved to test/helpers/ink.ts (the one Ink driver); kept so older imports keep working. */
export * from '../../helpers/ink.js';
