// Runs before every test file (vitest setupFiles).
import {mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll} from 'vitest';

// Property tests draw from a fixed seed so a CI run is reproducible; FC_SEED=<n> explores others.
fc.configureGlobal({seed: Number(process.env['FC_SEED'] ?? 20_261_126)});

// No test touches the player's real data: each file gets its own empty XDG_DATA_HOME, and a test
// that saves something passes its own directory (test/helpers/data-dir.ts). Anything left in this
// one was written to the default data dir by mistake, and fails the file.
const dataHome = mkdtempSync(path.join(os.tmpdir(), 'descenso-xdg-'));
process.env['XDG_DATA_HOME'] = dataHome;
afterAll(() => {
	const left = readdirSync(dataHome, {recursive: true});
	rmSync(dataHome, {recursive: true, force: true});
	if (left.length > 0) throw new Error(`a test wrote into the default data dir (XDG_DATA_HOME): ${left.join(', ')}`);
});
