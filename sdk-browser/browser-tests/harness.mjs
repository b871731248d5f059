// What every browser test shares: Debian's Chromium driven by playwright-core (never a downloaded
// browser), the real server (started by the JUnit test that runs these files, which passes its URL
// and root token), and a page origin of our own: a small static server on another loopback port
// that also plays the site's backend, signing with the workspace's secret.
import { createHmac } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { chromium } from "playwright-core";

export const SERVER = required("VI_SERVER");
const ROOT_TOKEN = required("VI_ROOT_TOKEN");
export const ARTIFACTS = required("VI_ARTIFACTS");
export const CHROMIUM = "/usr/bin/chromium";
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: these tests are run by the bootstrap module's SdkInTheBrowserTest`);
  return value;
}

/** Chromium with a fresh profile: playwright's launch gives each browser its own new user-data-dir. */
export async function launchChromium() {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** A fresh context (its own localStorage) and a page that keeps its console errors and uncaught exceptions. */
export async function newPage(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.consoleErrors = [];
  page.uncaught = [];
  page.on("console", (message) => message.type() === "error" && page.consoleErrors.push(message.text()));
  page.on("pageerror", (error) => page.uncaught.push(String(error)));
  return page;
}

export const hmac = (secret, value) => createHmac("sha256", secret).update(value).digest("hex");

/** A workspace made over the admin API; `secret` is its signing secret, which the site's backend keeps. */
export async function newWorkspace(settings) {
  const response = await fetch(`${SERVER}/v1/workspaces`, {
    method: "POST",
    headers: { Authorization: `Bearer ${ROOT_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name: "Shop", ...settings }),
  });
  const body = await response.json();
  if (response.status !== 201) throw new Error(`workspace not created: ${response.status} ${JSON.stringify(body)}`);
  return { id: body.id, secret: body.signingSecret, adminKey: body.adminKey };
}

/** What the server holds: the visitors of a workspace with that external id (the admin API). */
export async function visitorsWithExternalId(workspace, externalId) {
  const response = await fetch(`${SERVER}/v1/workspaces/${workspace.id}/visitors?externalId=${encodeURIComponent(externalId)}`, {
    headers: { Authorization: `Bearer ${workspace.adminKey}` },
  });
  return (await response.json()).visitors;
}

/**
 * The site: pages set by the tests, and a backend route, `GET /backend/sign?ws=...&value=...`,
 * answering the HMAC of the value with that workspace's secret (as a site's backend would).
 */
export async function startSite() {
  const pages = new Map();
  const secrets = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://site");
    if (url.pathname === "/backend/sign") {
      const secret = secrets.get(url.searchParams.get("ws"));
      response.writeHead(secret ? 200 : 404, { "Content-Type": "text/plain" });
      response.end(secret ? hmac(secret, url.searchParams.get("value")) : "unknown workspace");
      return;
    }
    const html = pages.get(url.pathname);
    response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
    response.end(html || "not found");
  });
  await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves that HTML at that path; returns the page's URL. */
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    backendSigns(workspace) {
      secrets.set(workspace.id, workspace.secret);
    },
    close: () => new Promise((closed) => server.close(closed)),
  };
}

/** Asks again until the check holds or the deadline passes (the replayed calls run after load). */
export async function eventually(check, what, deadlineMs = 15000) {
  const end = Date.now() + deadlineMs;
  let last;
  while (Date.now() < end) {
    last = await check();
    if (last) return last;
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`never happened: ${what}`);
}

/** The code blocks of one section of a Markdown file of the project, by fence language. */
export function codeBlocks(file, heading) {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
  const start = text.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`${file} has no section ${heading}`);
  const next = text.slice(start + heading.length + 2).search(/\n#{1,3} /);
  const section = text.slice(start, next < 0 ? undefined : start + heading.length + 2 + next);
  return [...section.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, code]) => ({ language, code }));
}

/** The line docs/dialects.md tells a page to change to, for that vendor's section, filled in. */
export function pageLine(heading, workspace) {
  const text = readFileSync(new URL("../../docs/dialects.md", import.meta.url), "utf8");
  const section = text.slice(text.indexOf(`\n${heading}\n`));
  const block = section.slice(section.indexOf("**In the page**")).match(/```\w+\n([\s\S]*?)\n```/);
  if (!block) throw new Error(`docs/dialects.md has no line to change under ${heading}`);
  return block[1].replace("https://<server>", SERVER).replace("ws_...", workspace.id);
}
