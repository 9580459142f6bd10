// Runs Electronegativity's scanner in this process and prints its findings as JSON on stdout.
// Its own CLI writes the report with two unordered fs.writeFile calls (the header truncating, the
// rows appending), so under load the rows were sometimes lost and a scan looked clean; the runner's
// return value has no such race. Usage: node electronegativity-scan.cjs <dir> <electron version>
const run = require('@doyensec/electronegativity');

const [input, electronVersion] = process.argv.slice(2);
run(
  {
    input,
    customScan: [],
    // That check downloads Electron's release list; there is no network for it here.
    excludeFromScan: ['availablesecurityfixesglobalcheck'],
    isRelative: true,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
).then(
  ({ issues, errors }) => {
    const findings = issues.map((issue) => ({
      check: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
    }));
    process.stdout.write(JSON.stringify({ findings, errors }));
  },
  (error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
