// With JavaScript disabled: sign-in, browsing the organisation, choosing a language
// and submitting a form still work.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PASSWORD } from "./support/server.mjs";
import { useApp } from "./support/app.mjs";

const app = useApp({ employees: 60 });

test("the product works without JavaScript", async () => {
  const context = await app.browser.newContext({ javaScriptEnabled: false, locale: "nb-NO" });
  const page = await context.newPage();
  await page.goto(`${app.server.url}/`);
  assert.match(page.url(), /\/signin/);
  await page.fill("#username", "hr");
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === "/"), page.click("form[action='/signin'] button[type=submit]")]);
  await Promise.all([page.waitForURL(/\/organisations$/), page.click("nav.site-nav a[href='/organisations']")]);
  await Promise.all([page.waitForURL(/\/organisations\/\d+$/), page.click("main table a")]);
  assert.ok((await page.locator("table.unit-tree tbody tr").count()) > 3, "the unit tree is shown");
  await Promise.all([page.waitForURL(/\/units\/\d+$/), page.click("table.unit-tree a")]);
  // The language picker has a visible button when scripts are off.
  await page.selectOption("#lang-picker", "en");
  await Promise.all([page.waitForLoadState("load"), page.click("[data-autosubmit-button]")]);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.goto(`${app.server.url}/account`);
  await page.fill("#name", "Integrasjon");
  await Promise.all([page.waitForLoadState("load"), page.click("form[action='/account/tokens'] button[type=submit]")]);
  assert.match(await page.locator("code.secret").textContent(), /^saman_/);
  await context.close();
});
