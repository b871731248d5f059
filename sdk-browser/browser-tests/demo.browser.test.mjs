// The demo page a newcomer opens after the first start: it must show a verified identify.
import assert from "node:assert/strict";
import { after, before, it } from "node:test";
import { ARTIFACTS, SERVER, launchChromium, newPage } from "./harness.mjs";

let browser;

before(async () => {
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
});

it("/demo identifies the demo user, verified, with no inline script, and logs out to a new visitor", async () => {
  const page = await newPage(browser);
  const response = await page.goto(`${SERVER}/demo`);
  assert.match(response.headers()["content-security-policy"], /script-src 'self';/);

  await page.waitForSelector('#result[data-state="verified"]', { timeout: 30000 });
  const screenshot = `${ARTIFACTS}/demo-verified.png`;
  await page.screenshot({ path: screenshot, fullPage: true });
  console.log(`screenshot: ${screenshot}`);

  assert.equal(await page.textContent("#status"), "Verified: Demo User (demo-user)");
  assert.match(await page.textContent("#details"), /hmacVerified\s*true/);
  // What the screenshot shows: the result framed in the verified green.
  assert.equal(await page.$eval("#result", (result) => getComputedStyle(result).borderTopColor), "rgb(31, 138, 76)");
  assert.equal(await page.evaluate(() => document.querySelectorAll("script:not([src])").length), 0);

  await page.click("#reset");
  await page.waitForSelector('#result[data-state="anonymous"]', { timeout: 30000 });
  await page.screenshot({ path: `${ARTIFACTS}/demo-after-reset.png`, fullPage: true });
  assert.deepEqual(page.uncaught, []);
  assert.deepEqual(page.consoleErrors.filter((text) => text.includes("Content Security Policy")), []);
});
