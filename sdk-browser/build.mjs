// Builds the package (ESM for bundlers, an IIFE for the script tag), measures every bundle
// minified and gzipped, and fails when one is over its budget. With `--resources DIR` it also
// copies the IIFE there, where Maven packs it into the module's jar for the server to serve.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const KB = 1024;
const CORE_BUDGET = 6 * KB;
const SHIM_BUDGET = 1.5 * KB;
const SHIMS = ["repai", "chatbase", "nexvio", "botbrains", "chatsdk"];
const common = { bundle: true, minify: true, target: "es2020", legalComments: "none", logLevel: "warning" };

await build({ ...common, entryPoints: ["src/index.ts"], format: "esm", outfile: "dist/index.js" });
await build({ ...common, entryPoints: ["src/shims/index.ts"], format: "esm", outfile: "dist/shims.js" });
await build({ ...common, entryPoints: ["src/iife.ts"], format: "iife", outfile: "dist/visitor-identity.js" });

// Measured apart: the core's IIFE without shims, and each shim's own code (what it adds).
await build({ ...common, entryPoints: ["src/iife-core.ts"], format: "iife", outfile: "dist/measured/core.js" });
for (const shim of SHIMS) {
  await build({ ...common, entryPoints: [`src/shims/${shim}.ts`], format: "esm", outfile: `dist/measured/${shim}.js` });
}

const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sizes = [
  { name: "core (IIFE, no shim)", file: "dist/measured/core.js", budget: CORE_BUDGET },
  ...SHIMS.map((shim) => ({ name: `shim ${shim}`, file: `dist/measured/${shim}.js`, budget: SHIM_BUDGET })),
  { name: "served bundle (core and the five shims)", file: "dist/visitor-identity.js", budget: CORE_BUDGET + SHIMS.length * SHIM_BUDGET },
].map((entry) => ({ ...entry, bytes: gzipped(entry.file) }));

writeFileSync("dist/sizes.json", JSON.stringify(sizes, null, 2) + "\n");
for (const { name, bytes, budget } of sizes) {
  console.log(`size ${name}: ${bytes} bytes min+gzip (budget ${budget})${bytes > budget ? "  OVER BUDGET" : ""}`);
}
const over = sizes.filter(({ bytes, budget }) => bytes > budget);
if (over.length > 0) {
  console.error(`over budget: ${over.map(({ name }) => name).join(", ")}`);
  process.exit(1);
}

const resources = process.argv.indexOf("--resources");
if (resources > 0) {
  const directory = process.argv[resources + 1];
  mkdirSync(directory, { recursive: true });
  copyFileSync("dist/visitor-identity.js", `${directory}/visitor-identity.js`);
}
