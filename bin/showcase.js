#!/usr/bin/env -S node --initial-old-space-size=256
// The `showcase` command. Needs Node.js 22.18+ (npm scripts and npx use the project's pinned Node 24).
import { runCli } from '../server/cli.ts';

runCli();
