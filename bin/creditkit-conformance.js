#!/usr/bin/env node
// `npx creditkit-conformance`: the conformance suite from the installed package.
import { main } from '../dist/npm/conformance/cli.js';

process.exitCode = await main();
