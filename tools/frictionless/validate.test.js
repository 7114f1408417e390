// The validator must fail on broken data, not only pass on good data: copies datasets/ to a scratch
// folder, breaks one thing at a time, and expects validate.js to name the file and exit 1.
// Run: node --test tools/frictionless/
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const DATASETS = path.join(__dirname, '..', '..', 'datasets');

function scratchCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'treatylab-frictionless-'));
  for (const f of fs.readdirSync(DATASETS)) {
    if (f.endsWith('.csv') || f === 'datapackage.json') fs.copyFileSync(path.join(DATASETS, f), path.join(dir, f));
  }
  return dir;
}

function validate(dir) {
  return spawnSync(process.execPath, [path.join(__dirname, 'validate.js'), path.join(dir, 'datapackage.json')], { encoding: 'utf8' });
}

function edit(dir, file, from, to) {
  const p = path.join(dir, file);
  const text = fs.readFileSync(p, 'utf8');
  assert.ok(text.includes(from), `${file} has no '${from}'`);
  fs.writeFileSync(p, text.replace(from, to));
}

test('the committed datasets validate', () => {
  const r = validate(scratchCopy());
  assert.strictEqual(r.status, 0, r.stdout);
  // the descriptor itself and every resource of datapackage.json passed, none failed
  const resources = JSON.parse(fs.readFileSync(path.join(DATASETS, 'datapackage.json'), 'utf8')).resources.length;
  assert.ok(resources > 0);
  assert.match(r.stdout, new RegExp(`frictionless: ${resources + 1} passed, 0 failed`));
});

test('a value below a declared minimum fails, naming the file', () => {
  const dir = scratchCopy();
  edit(dir, 'monitor_casualties.csv', '2007,LM2008,2008,first-report,5426,', '2007,LM2008,2008,first-report,-5426,');
  const r = validate(dir);
  assert.strictEqual(r.status, 1, r.stdout);
  assert.match(r.stdout, /monitor_casualties\.csv: row \d+/);
});

test('an impossible date fails', () => {
  const dir = scratchCopy();
  edit(dir, 'treaties.csv', ',2026-02-03,', ',2026-02-31,');
  const r = validate(dir);
  assert.strictEqual(r.status, 1, r.stdout);
  assert.match(r.stdout, /treaties\.csv: row \d+/);
});

test('a value outside an enum fails', () => {
  const dir = scratchCopy();
  edit(dir, 'monitor_casualties.csv', ',first-report,', ',first-reprot,');
  const r = validate(dir);
  assert.strictEqual(r.status, 1, r.stdout);
});

test('a row count that differs from the descriptor fails', () => {
  const dir = scratchCopy();
  const p = path.join(dir, 'areas.csv');
  const lines = fs.readFileSync(p, 'utf8').trimEnd().split('\n');
  fs.writeFileSync(p, lines.slice(0, -1).join('\n') + '\n');
  const r = validate(dir);
  assert.strictEqual(r.status, 1, r.stdout);
  const rows = lines.length - 1; // the descriptor's count: the header line is not a row
  assert.match(r.stdout, new RegExp(`areas\\.csv: the descriptor says ${rows} rows, the file has ${rows - 1}`));
});
