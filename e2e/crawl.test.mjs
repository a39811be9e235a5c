// Signs in as each demo role and crawls every page reachable from the navigation and
// links (bounded, same origin), in bokmål, nynorsk and English. On every page: no console
// errors, no failed requests, no 4xx/5xx, the right <html lang>, zero axe violations
// (WCAG 2.1 A and AA); and a screenshot at desktop and mobile widths.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { useApp } from "./support/app.mjs";
import { watch, signIn, chooseLanguage, axe } from "./support/browser.mjs";

const ROLES = ["admin", "koordinator", "hr", "leder", "ansatt", "ansatt.sykehus"];
const LANGS = ["nb", "nn", "en"];
const LIMIT = Number(process.env.SAMAN_CRAWL_LIMIT || 25);
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
  test(`every page for ${role}, in three languages`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, app.server.url, role);
    const failures = [];
    let visited = 0;
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
        problems.length = 0;
        const resp = await page.goto(`${app.server.url}${p}`);
        visited++;
        const where = `${role} ${lang} ${p}`;
        if (!resp || resp.status() >= 400) failures.push(`${where}: HTTP ${resp?.status()}`);
        const htmlLang = await page.getAttribute("html", "lang");
        if (htmlLang !== lang) failures.push(`${where}: <html lang="${htmlLang}">`);
        for (const v of await axe(page)) failures.push(`${where}: axe ${v}`);
        for (const pr of problems) failures.push(`${where}: ${pr}`);
        const key = `${lang} ${role} ${p}`;
        if (!shot.has(key)) {
          shot.add(key);
          await page.screenshot({ path: shotName(role, lang, p, 1280), fullPage: true });
          await page.setViewportSize({ width: 390, height: 844 });
          await page.screenshot({ path: shotName(role, lang, p, 390), fullPage: true });
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
    assert.ok(visited >= 6, `only ${visited} pages visited`);
    assert.deepEqual(failures, [], failures.join("\n"));
  });
}
