// The pages at the edges, in each language: sign-in (fresh and after a wrong password), not
// found, refused, and a page shown after a POST. Each has the right status, <html lang> and
// no axe violations (WCAG 2.1 A and AA).
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support/app.mjs";
import { signIn, axe } from "./support/browser.mjs";

const app = useApp({ employees: 60 });
const LOCALES = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };

async function check(page, resp, status, lang, where) {
  assert.equal(resp.status(), status, `${where}: HTTP ${resp.status()}`);
  assert.equal(await page.getAttribute("html", "lang"), lang, `${where}: <html lang>`);
  assert.ok((await page.locator("h1").count()) === 1, `${where}: one main heading`);
  assert.deepEqual(await axe(page), [], `${where}: accessibility violations`);
}

for (const [lang, locale] of Object.entries(LOCALES)) {
  test(`sign-in, not found, refused and after-POST pages in ${lang}`, async () => {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    await check(page, await page.goto(`${app.server.url}/signin`), 200, lang, "sign-in");

    await page.fill("#username", "hr");
    await page.fill("#password", "not the password");
    const [wrong] = await Promise.all([page.waitForNavigation(), page.click("form[action='/signin'] button[type=submit]")]);
    await check(page, wrong, 401, lang, "sign-in with a wrong password");
    assert.ok((await page.locator(".ds-error-summary, .ds-alert").count()) > 0, "the refusal is said on the page");

    await check(page, await page.goto(`${app.server.url}/no/such/page`), 404, lang, "unknown address, signed out");

    await signIn(page, app.server.url, "ansatt");
    await check(page, await page.goto(`${app.server.url}/organisations/999999`), 404, lang, "unknown organisation");
    await check(page, await page.goto(`${app.server.url}/admin/users`), 403, lang, "administration as an employee");

    // A page shown after a POST: a new API key, shown once.
    await page.goto(`${app.server.url}/account`);
    await page.fill("#name", `Nøkkel ${lang}`);
    const [made] = await Promise.all([page.waitForNavigation(), page.click("form[action='/account/tokens'] button[type=submit]")]);
    await check(page, made, 200, lang, "a new API key");
    await context.close();
  });
}
