// Preloaded (`node --import`) into a program the bench starts: at the first write to stdout that
// shows something (escape sequences aside), writes the CPU time the process has used so far (ms,
// user + system, every thread) to the file named by DESCENSO_BENCH_OUT. CPU time, unlike the time
// on the clock, holds still while other programs share the cores.
import {writeFileSync} from 'node:fs';
import process from 'node:process';

const out = process.env.DESCENSO_BENCH_OUT;
const write = process.stdout.write.bind(process.stdout);
let done = false;
process.stdout.write = (chunk, ...rest) => {
	const result = write(chunk, ...rest);
	if (!done && out && String(chunk).replaceAll(/\u001B(?:\[[\d;?]*[A-Za-z]|[()][\dA-Z]|[=>78])/g, '').trim() !== '') {
		done = true;
		const {user, system} = process.cpuUsage();
		writeFileSync(out, String((user + system) / 1000));
	}

	return result;
};
