#!/usr/bin/env node
// `npx creditkit-server`: the reference server from the installed package.
import { main } from '../dist/npm/mock/cli.js';

await main();
