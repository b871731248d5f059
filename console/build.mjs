// Bundles the console into static files: node build.mjs OUTPUT_DIRECTORY
// console.js (one ES module, minified, no source map), console.css, index.html.
import { build } from "esbuild";
import { copyFile, mkdir } from "node:fs/promises";
import { join } from "node:path";

const output = process.argv[2];
if (!output) {
  console.error("usage: node build.mjs OUTPUT_DIRECTORY");
  process.exit(2);
}
await mkdir(output, { recursive: true });
await build({
  entryPoints: { console: "src/main.tsx" },
  bundle: true,
  format: "esm",
  target: "es2020",
  minify: true,
  legalComments: "none",
  jsx: "automatic",
  jsxImportSource: "preact",
  outdir: output,
  logLevel: "warning",
});
await copyFile("src/console.css", join(output, "console.css"));
await copyFile("src/index.html", join(output, "index.html"));
