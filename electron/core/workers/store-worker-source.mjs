// Starts the store worker from its TypeScript source (tests and bench run the core unbundled).
// A worker does not inherit its parent's loader, so it registers tsx's itself.
import { register } from 'tsx/esm/api';

register();
await import('./store-worker.ts');
