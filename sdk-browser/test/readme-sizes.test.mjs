import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { it } from "node:test";

it("the README reports the sizes and budgets this build measured", () => {
  const measured = JSON.parse(readFileSync(new URL("../dist/sizes.json", import.meta.url), "utf8"));
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const table = readme.slice(readme.indexOf("| part | min+gzip | budget |"));
  const rows = [...table.matchAll(/^\| .+ \| (\d+) bytes \| (\d+) bytes \|$/gm)].slice(0, measured.length);

  assert.deepEqual(
    rows.map(([, bytes, budget]) => [Number(bytes), Number(budget)]),
    measured.map(({ bytes, budget }) => [bytes, budget]),
  );
});
