// Every form that is only a button (approve, cancel, decline, run the matching, remove a
// facilitator, complete a cohort ...), found by crawling as each role that has them, is
// pressed once: the answer is a page, not an error, in the user's language, with no axe
// violations, and the page it leads to is not a dead end. One form of each kind (ids written N).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support/app.mjs";
import { signIn, axe } from "./support/browser.mjs";

const app = useApp({ employees: 60 });

// Signing out and choosing a language are covered elsewhere; they end the crawl's session or language.
const SKIP = ["/signout", "/lang"];
// A cohort's completion may find nobody to complete, and an answer may come after the other
// side's: these say so with a page of their own (409), which is checked like any other.
const REFUSALS = [409];

async function buttonForms(page, url) {
  const found = new Map();
  const queue = ["/", "/learning", "/mobility", "/mentoring", "/experts", "/account", "/admin/users"];
  const seen = new Set();
  while (queue.length && seen.size < 60) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    const resp = await page.goto(`${url}${p}`);
    if (!resp || resp.status() >= 400) continue;
    const forms = await page.$$eval("form[method=post]", (fs) => fs.map((f) => ({
      action: f.getAttribute("action"),
      fields: [...f.querySelectorAll("input:not([type=hidden]), select, textarea")].length,
      label: f.querySelector("button[type=submit]")?.textContent?.trim() || "",
    })));
    for (const f of forms) {
      if (f.fields > 0 || SKIP.includes(f.action)) continue;
      const key = f.action.replace(/\d+/g, "N");
      if (!found.has(key)) found.set(key, { page: p, ...f });
    }
    for (const h of await page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href")))) {
      const clean = h.split("#")[0];
      if (!/^\/(assets|api|files|calendar)\//.test(clean) && !/\.(csv|xlsx|ics)$/.test(clean.split("?")[0]) && !seen.has(clean)) queue.push(clean);
    }
  }
  return [...found.values()];
}

for (const role of ["hr", "leder", "ansatt", "admin"]) {
  test(`every button-only form for ${role} answers with a page`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on("dialog", (d) => d.accept());
    await signIn(page, app.server.url, role);
    const forms = await buttonForms(page, app.server.url);
    console.log(`button-only forms for ${role}: ${forms.map((f) => f.action.replace(/\d+/g, "N")).join(" ")}`);
    const failures = [];
    for (const f of forms) {
      await page.goto(`${app.server.url}${f.page}`);
      await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
      const button = page.locator(`form[method=post][action='${f.action}'] button[type=submit]`).first();
      if ((await button.count()) === 0) continue; // gone since the crawl (an earlier press changed it)
      const lang = await page.getAttribute("html", "lang");
      const [resp] = await Promise.all([page.waitForNavigation(), button.click()]);
      const where = `${role} pressed "${f.label}" (${f.action}) on ${f.page}`;
      const status = resp?.status() ?? 0;
      if (!(status < 400 || REFUSALS.includes(status))) failures.push(`${where}: HTTP ${status}`);
      if ((await page.getAttribute("html", "lang")) !== lang) failures.push(`${where}: not in the user's language (${lang})`);
      if ((await page.locator("main a, main button, nav a").count()) === 0) failures.push(`${where}: a dead end`);
      for (const v of await axe(page)) failures.push(`${where}: axe ${v}`);
      await signIn(page, app.server.url, role);
    }
    await context.close();
    assert.ok(forms.length > 0, `no button-only forms found for ${role}`);
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}
