/** `npm run mock-server`: the reference server from the sources (`npx creditkit-server` from the package). */
import { main } from '../src/mock/cli.js';

await main();
