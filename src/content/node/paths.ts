// Where the kit's content lives on disk, for the Node tools and the Vite plugin.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const PROJECT_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export const LESSONS_DIR = path.join(PROJECT_ROOT, 'lessons');
export const FACTS_FILE = path.join(LESSONS_DIR, 'facts.yaml');
export const SHARED_FACTS_FILE = path.join(PROJECT_ROOT, '..', 'shared', 'facts', 'japan.yaml');
