/** `npm run build`: builds every screen and stamps the build so `npm start` does not redo it. */
import { readConfig } from '../server/config';
import { ensureBuilt } from '../server/build';

await ensureBuilt(readConfig().distDir, { force: true });
