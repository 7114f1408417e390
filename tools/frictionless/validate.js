// Validates a Frictionless Data Package (datasets/datapackage.json by default) with the Frictionless
// Data JavaScript implementation (npm packages `datapackage` and `tableschema`): the descriptor against
// the tabular-data-package profile, then every row of every resource against its Table Schema (types,
// required, minimum/maximum, enum, pattern, unique, primary key).
// Usage: node tools/frictionless/validate.js [path/to/datapackage.json]
// Prints one line per error ("file: row N: field 'x': message") and a closing "N passed, N failed" line;
// exits 1 when anything is invalid.
'use strict';
const path = require('path');
const { Package } = require('datapackage');

async function main() {
  const descriptor = path.resolve(process.argv[2] || path.join(__dirname, '..', '..', 'datasets', 'datapackage.json'));
  const pkg = await Package.load(descriptor, { basePath: path.dirname(descriptor), strict: false });
  let passed = 0;
  let failed = 0;
  if (!pkg.valid) {
    for (const e of pkg.errors) console.log(`${path.basename(descriptor)}: ${e.message}`);
    failed++;
  } else {
    passed++;
  }
  for (const resource of pkg.resources) {
    const file = resource.descriptor.path;
    const errors = [];
    if (!resource.valid) {
      resource.errors.forEach((e) => errors.push(`${file}: descriptor: ${e.message}`));
    } else if (!resource.tabular) {
      errors.push(`${file}: not a tabular resource`);
    } else {
      const fields = resource.schema.fieldNames;
      let rows = 0;
      try {
        const table = await resource.table;
        const rowsRead = await table.read({ forceCast: true, keyed: false });
        if (JSON.stringify(table.headers) !== JSON.stringify(fields)) {
          errors.push(`${file}: line 1: header ${JSON.stringify(table.headers)} differs from the schema's fields ${JSON.stringify(fields)}`);
        }
        rowsRead.forEach((row, i) => {
          rows++;
          if (row instanceof Error) {
            const inner = row.errors && row.errors.length ? row.errors : [row];
            inner.forEach((e) => errors.push(`${file}: row ${i + 2}: ${e.columnNumber ? `field '${fields[e.columnNumber - 1]}': ` : ''}${e.message}`));
          }
        });
      } catch (e) {
        errors.push(`${file}: ${e.rowNumber ? `row ${e.rowNumber}: ` : ''}${e.message}`);
      }
      const declared = resource.descriptor.rows;
      if (declared !== undefined && declared !== rows) {
        errors.push(`${file}: the descriptor says ${declared} rows, the file has ${rows}`);
      }
    }
    if (errors.length) {
      errors.forEach((e) => console.log(e));
      failed++;
    } else {
      passed++;
    }
  }
  console.log(`frictionless: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(`frictionless: cannot validate: ${e.message}`);
  process.exit(1);
});
