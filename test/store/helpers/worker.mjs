// A second descenso process for the store's multi-process tests.
// Usage: node worker.mjs <race|kill-mid-write> <store-index-url> <data-dir> [tag]
import fs from 'node:fs';

const [mode, storeUrl, dir, tag = 'w'] = process.argv.slice(2);
const store = await import(storeUrl);
const knobs = {learningRate: 0.1, momentum: 0.5, decay: 0};

function mustSucceed(result) {
	if (!result.ok) {
		console.error(JSON.stringify(result));
		process.exit(1);
	}
}

if (mode === 'race') {
	// Wait for the parent's "go" so that both processes save at the same time.
	process.stdout.write('ready\n');
	await new Promise((resolve) => process.stdin.once('data', resolve));
	for (let i = 0; i < 25; i++) {
		const date = new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString();
		mustSucceed(await store.addScore(dir, `level-${i % 5}`, {name: `${tag} ${i}`, score: 500 + i, stars: 2, knobs, seed: i, engine: '1', levelHash: 'h', date}));
		mustSucceed(await store.recordResult(dir, {levelId: `${tag}-${i}`, score: i, stars: 1, knobs, seed: i}));
		mustSucceed(await store.recordResult(dir, {levelId: 'shared', score: 100 + i, stars: 1, knobs, seed: i}));
		mustSucceed(await store.saveLessonProgress(dir, `${tag}-lesson-${i}`, {done: true, step: i}));
	}
	process.exit(0);
}

if (mode === 'kill-mid-write') {
	// The next fs.write — write-file-atomic's, into its temp file — writes half its data, then the
	// process is killed, as by a power cut or `kill -9` in the middle of saving.
	fs.write = (fd, data) => {
		const text = String(data);
		fs.writeSync(fd, text.slice(0, text.length >> 1));
		process.kill(process.pid, 'SIGKILL');
	};
	await store.recordResult(dir, {levelId: 'level-0', score: 999, stars: 3, knobs, seed: 1});
	process.exit(3);
}

console.error(`unknown mode ${mode}`);
process.exit(2);
