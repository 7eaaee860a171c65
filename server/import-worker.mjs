// The import thread's entry: Node runs a worker's file as it is, so TypeScript needs tsx registered here first.
import { register } from 'tsx/esm/api';

register();
await import('./import.worker.ts');
