/**
 * The repository's root folder. This module sits one level below it both as source (server/) and
 * inside the compiled server (dist-server/main.js), so the same URL finds it either way.
 */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
