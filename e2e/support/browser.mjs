// Debian's Chromium, driven by playwright-core; no browser is downloaded.
import { chromium } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";
import { PASSWORD } from "./server.mjs";

export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Watches a page for console errors, failed requests and error responses. */
export function watch(page) {
  const problems = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    // A navigation that replaces an unfinished request is not a failure of the page.
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed: ${r.url()} ${r.failure()?.errorText}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return problems;
}

export async function signIn(page, url, username) {
  await page.goto(`${url}/signin`);
  if (!new URL(page.url()).pathname.startsWith("/signin")) return; // already signed in
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/signin")), page.click("form[action='/signin'] button[type=submit]")]);
}

/** Chooses a language with the picker in the header. */
export async function chooseLanguage(page, lang) {
  await Promise.all([page.waitForLoadState("load"), page.selectOption("#lang-picker", lang)]);
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
}

export async function axe(page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}
