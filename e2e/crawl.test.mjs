// Signs in as each demo role and crawls one page of every kind reachable from the
// navigation and links (same origin; ids make no new kind), in bokmål, nynorsk and English.
// On every page: no console errors, no failed requests, no 4xx/5xx, the right <html lang>,
// zero axe violations (WCAG 2.1 A and AA); and a screenshot at desktop and mobile widths.
// Each role must reach the kinds of page its work needs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { useApp } from "./support/app.mjs";
import { watch, signIn, chooseLanguage, axe } from "./support/browser.mjs";

const ROLES = ["admin", "koordinator", "hr", "leder", "ansatt", "ansatt.sykehus"];
// Every language on SQLite; on PostgreSQL (the same pages over another database) bokmål.
const LANGS = (process.env.SAMAN_CRAWL_LANGS || "nb,nn,en").split(",");
// A guard against a crawl that never ends; no role comes near it.
const LIMIT = 400;
// The kinds of page each role must reach (ids written N).
const MUST = {
  admin: ["/", "/organisations", "/organisations/N", "/units/N", "/admin/users", "/admin/users/N", "/audit", "/competences", "/networks"],
  koordinator: ["/", "/organisations", "/organisations/N", "/units/N", "/units/N/gaps", "/mobility", "/mobility/flows"],
  hr: ["/", "/organisations/N/people", "/people/N", "/units/N", "/units/N/gaps", "/units/N/forecast", "/learning", "/learning/N", "/mobility", "/mobility/N", "/placements/N", "/mentoring", "/mentoring/N", "/import"],
  leder: ["/", "/people/N", "/units/N", "/units/N/gaps", "/units/N/forecast", "/learning", "/mobility"],
  ansatt: ["/", "/people/N", "/learning", "/learning/N", "/sessions/N", "/mobility", "/mobility/N", "/experts"],
  "ansatt.sykehus": ["/", "/people/N", "/learning", "/mobility"],
};
const SHOTS = process.env.SAMAN_SCREENSHOTS || path.join(import.meta.dirname, "screenshots");

const app = useApp({ employees: 300 });
const shot = new Set();
mkdirSync(SHOTS, { recursive: true });

function skip(href) {
  return /^\/(assets|api|files)\//.test(href) || /\.(csv|xlsx|ics)$/.test(href.split("?")[0]) || href.startsWith("/signin");
}

function shotName(role, lang, pathname, width) {
  const slug = pathname.replace(/^\//, "").replace(/[^a-z0-9]+/gi, "-") || "home";
  return path.join(SHOTS, `${lang}-${role}-${slug}-${width}.png`);
}

for (const role of ROLES) {
  test(`every kind of page for ${role}, in ${LANGS.join(", ")}`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, app.server.url, role);
    const failures = [];
    const reached = new Set();
    for (const lang of LANGS) {
      await page.goto(`${app.server.url}/`);
      await chooseLanguage(page, lang);
      const queue = ["/"];
      const seen = new Set();
      // One page of each kind (ids replaced), so the bounded crawl reaches every template.
      const kinds = new Set();
      while (queue.length && seen.size < LIMIT) {
        const p = queue.shift();
        const kind = p.replace(/\d+/g, "N").replace(/\?.*$/, "");
        if (seen.has(p) || kinds.has(kind)) continue;
        seen.add(p);
        kinds.add(kind);
        reached.add(kind);
        problems.length = 0;
        const resp = await page.goto(`${app.server.url}${p}`);
        const where = `${role} ${lang} ${p}`;
        if (!resp || resp.status() >= 400) failures.push(`${where}: HTTP ${resp?.status()}`);
        const htmlLang = await page.getAttribute("html", "lang");
        if (htmlLang !== lang) failures.push(`${where}: <html lang="${htmlLang}">`);
        for (const v of await axe(page)) failures.push(`${where}: axe ${v}`);
        for (const pr of problems) failures.push(`${where}: ${pr}`);
        const key = `${lang} ${role} ${p}`;
        if (!shot.has(key)) {
          shot.add(key);
          await page.screenshot({ path: shotName(role, lang, p, 1280), fullPage: true, timeout: 90_000 });
          await page.setViewportSize({ width: 390, height: 844 });
          await page.screenshot({ path: shotName(role, lang, p, 390), fullPage: true, timeout: 90_000 });
          await page.setViewportSize({ width: 1280, height: 900 });
        }
        const hrefs = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")));
        for (const h of hrefs) {
          if (!h || !h.startsWith("/") || h.startsWith("//")) continue;
          const clean = h.split("#")[0];
          if (!skip(clean) && !seen.has(clean)) queue.push(clean);
        }
      }
    }
    await context.close();
    console.log(`${role} on ${app.server.backend}: ${reached.size} kinds of page: ${[...reached].sort().join(" ")}`);
    const missing = MUST[role].filter((k) => !reached.has(k));
    assert.deepEqual(missing, [], `${role} never reached ${missing.join(", ")}`);
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}
