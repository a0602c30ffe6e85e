/** Reading training logs as real loggers write them, and as people mangle them. */
import {describe, expect, it} from 'vitest';
import {parseTrainingLog, type TrainingLog} from '../../source/doctor/parse.js';

function ok(text: string, column?: string): TrainingLog {
	const result = parseTrainingLog(text, column === undefined ? {} : {column});
	if (!result.ok) throw new Error(`not parsed: ${result.code} ${result.columns.join(',')}`);
	return result.log;
}

const values = (log: TrainingLog, which: 'train' | 'validation' | 'learningRate' = 'train') => log[which]?.points.map((p) => p.value);

describe('parseTrainingLog', () => {
	it('reads Keras CSVLogger with a BOM, CRLF line ends and trailing blank lines', () => {
		const log = ok('\uFEFFepoch,learning_rate,loss,val_loss\r\n0,0.01,2.5,2.7\r\n1,0.01,1.5,1.9\r\n2,0.01,nan,inf\r\n\r\n\r\n');
		expect(log.format).toBe('keras');
		expect(values(log)).toEqual([2.5, 1.5, Number.NaN]);
		expect(values(log, 'validation')).toEqual([2.7, 1.9, Number.POSITIVE_INFINITY]);
		expect(values(log, 'learningRate')).toEqual([0.01, 0.01, 0.01]);
	});

	it('keeps an empty loss cell as NaN in a Keras file (an explosion, not a gap)', () => {
		const log = ok('epoch,loss\n0,2\n1,3\n2,\n');
		expect(values(log)).toEqual([2, 3, Number.NaN]);
	});

	it('reads a wide Lightning log through its loss, η and step columns, and still names every column', () => {
		const text = ['epoch,step,train_acc,train_loss,note,grad_norm,val_loss,lr-SGD', '0,0,0.5,2.0,warm,1.5,,0.1', '0,1,0.6,1.5,ok,1.2,,0.1', '0,1,,,,,1.7,', '1,2,0.7,1.0,ok,0.9,,0.1', '1,2,,,,,1.2,'].join('\n');
		const log = ok(text);
		expect(log.format).toBe('lightning');
		expect(log.columns).toEqual(['epoch', 'step', 'train_acc', 'train_loss', 'note', 'grad_norm', 'val_loss', 'lr-SGD']);
		expect(log.train.points).toEqual([{step: 0, value: 2}, {step: 1, value: 1.5}, {step: 2, value: 1}]);
		expect(values(log, 'validation')).toEqual([1.7, 1.2]);
		expect(values(log, 'learningRate')).toEqual([0.1, 0.1, 0.1]);
		// a column named with --column is read even though no rule would pick it
		expect(ok(text, 'grad_norm').train.points).toEqual([{step: 0, value: 1.5}, {step: 1, value: 1.2}, {step: 2, value: 0.9}]);
		expect(parseTrainingLog(text, {column: 'nope'})).toMatchObject({ok: false, code: 'ERR_NO_COLUMN', columns: log.columns});
	});

	it('reads Lightning metrics.csv: interleaved rows, empty cells are gaps, step per row', () => {
		const text = ['epoch,step,train_loss_step,train_loss_epoch,val/loss,lr-Adam', '0,0,2.0,,,0.001', '0,1,1.8,,,0.001', '0,1,,,1.9,', '0,1,,1.9,,', '1,2,1.2,,,0.001', '1,3,1.1,,,0.001', '1,3,,,1.5,', '1,3,,1.15,,'].join('\n');
		const log = ok(text);
		expect(log.format).toBe('lightning');
		expect(log.train.name).toBe('train_loss_step');
		expect(log.train.points).toEqual([{step: 0, value: 2}, {step: 1, value: 1.8}, {step: 2, value: 1.2}, {step: 3, value: 1.1}]);
		expect(log.validation?.name).toBe('val/loss');
		expect(values(log, 'validation')).toEqual([1.9, 1.5]);
		expect(log.learningRate?.name).toBe('lr-Adam');
	});

	it('reads trainer_state.json with Python NaN and -Infinity, skipping the closing summary', () => {
		const text = '{"global_step": 3, "log_history": [{"epoch": 0.1, "learning_rate": 5e-05, "loss": 2.1, "step": 10}, {"epoch": 0.1, "eval_loss": 2.3, "step": 10}, {"epoch": 0.2, "learning_rate": 5e-05, "loss": NaN, "step": 20}, {"eval_loss": -Infinity, "step": 20}, {"step": 20, "train_loss": 1.0, "train_runtime": 3.2}]}';
		const log = ok(text);
		expect(log.format).toBe('huggingface');
		expect(log.train.name).toBe('loss');
		expect(log.train.points).toEqual([{step: 10, value: 2.1}, {step: 20, value: Number.NaN}]);
		expect(values(log, 'validation')).toEqual([2.3, Number.NEGATIVE_INFINITY]);
		expect(values(log, 'learningRate')).toEqual([5e-5, 5e-5]);
	});

	it('reads the validation curve when the log has no training loss', () => {
		const log = ok('{"log_history": [{"eval_loss": 2.0, "step": 50}, {"eval_loss": 1.5, "step": 100}]}');
		expect(log.train.name).toBe('eval_loss');
		expect(log.validation).toBeUndefined();
	});

	it('reads a TensorBoard scalar CSV', () => {
		const log = ok('Wall time,Step,Value\n1700000000.5,0,0.9\n1700000001.5,10,0.5\n');
		expect(log.format).toBe('tensorboard');
		expect(log.train.points).toEqual([{step: 0, value: 0.9}, {step: 10, value: 0.5}]);
	});

	it('reads JSON lines, forgiving a half-written last line', () => {
		const log = ok('{"step": 1, "loss": 3}\n{"step": 2, "loss": 2, "val_loss": 2.5}\n{"step": 3, "loss": NaN}\n{"step": 4, "lo');
		expect(log.format).toBe('jsonl');
		expect(log.train.points).toEqual([{step: 1, value: 3}, {step: 2, value: 2}, {step: 3, value: Number.NaN}]);
		expect(values(log, 'validation')).toEqual([2.5]);
	});

	it("reads Keras's History.history saved as JSON, and TensorBoard CSV in lower case", () => {
		const log = ok('{"loss": [2.0, 1.5, NaN], "val_loss": [2.2, 1.7], "lr": [0.01, 0.01, 0.01]}');
		expect(log.format).toBe('keras-history');
		expect(values(log)).toEqual([2, 1.5, Number.NaN]);
		expect(values(log, 'validation')).toEqual([2.2, 1.7]);
		expect(ok('wall_time,step,value\n1.5,1,0.9\n2.5,2,0.8\n').format).toBe('tensorboard');
	});

	it('reads plain numbers, with a header word, inf and nan, and blank lines', () => {
		const log = ok('loss\n3.5\n\n2.25\ninf\nnan\n\n');
		expect(log.format).toBe('plain');
		expect(values(log)).toEqual([3.5, 2.25, Number.POSITIVE_INFINITY, Number.NaN]);
	});

	it('finds loss columns under other spellings and headers with spaces', () => {
		const log = ok('Epoch , Train Loss , Validation Loss , Learning Rate , Accuracy\n1,0.9,1.0,0.1,0.5\n2,0.7,0.8,0.1,0.6\n');
		expect(log.train.name).toBe('Train Loss');
		expect(log.validation?.name).toBe('Validation Loss');
		expect(log.learningRate?.name).toBe('Learning Rate');
	});

	it('reads the column asked for with --column, and lists the columns when there is none', () => {
		const text = 'epoch,accuracy,val_accuracy\n0,0.5,0.4\n1,0.6,0.5\n';
		expect(parseTrainingLog(text)).toEqual({ok: false, code: 'ERR_NO_SERIES', columns: ['epoch', 'accuracy', 'val_accuracy']});
		expect(values(ok(text, 'accuracy'))).toEqual([0.5, 0.6]);
		expect(parseTrainingLog(text, {column: 'nope'})).toMatchObject({ok: false, code: 'ERR_NO_COLUMN'});
	});

	it('tells empty, binary and wordy text apart', () => {
		expect(parseTrainingLog(' \n\n')).toMatchObject({ok: false, code: 'ERR_EMPTY'});
		expect(parseTrainingLog('PK\u0003\u0004\u0000\u0000binary')).toMatchObject({ok: false, code: 'ERR_BINARY'});
		expect(parseTrainingLog('Dear diary,\ntoday the model trained.\n')).toMatchObject({ok: false, code: 'ERR_NO_SERIES'});
	});
});
