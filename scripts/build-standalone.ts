// Builds the standalone scripts (embed host loader, embed page script) into static/.
import { buildStandalone } from './lib/standalone';

await buildStandalone();
