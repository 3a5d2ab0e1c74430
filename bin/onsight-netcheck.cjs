#!/usr/bin/env node
// The package's `bin`: the CLI is bundled to out/cli/index.cjs by `npm ci` (the `prepare` script).
require('../out/cli/index.cjs');
