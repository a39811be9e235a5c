// Keyboard only: a skip link first, visible focus, and sign-in and the main
// navigation completed by keys alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { PASSWORD } from "./support/server.mjs";
import { useApp } from "./support/app.mjs";

const app = useApp({ employees: 60 });

const active = (page) => page.evaluate(() => {
  const el = document.activeElement;
  const s = getComputedStyle(el);
  return { id: el.id, tag: el.tagName, cls: el.className, text: el.textContent.trim(), href: el.getAttribute("href"), outline: s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0, boxShadow: s.boxShadow !== "none" };
});

async function tabTo(page, predicate, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const a = await active(page);
    if (predicate(a)) return a;
  }
  throw new Error("never reached the element by Tab");
}

test("the first Tab reaches a visible skip link that moves focus to the content", async () => {
  const page = await app.browser.newPage({ locale: "nb-NO" });
  await page.goto(`${app.server.url}/signin`);
  await page.keyboard.press("Tab");
  const first = await active(page);
  assert.match(first.cls, /ds-skip-link/);
  assert.ok(first.outline || first.boxShadow, "the focused skip link has no visible focus indicator");
  const box = await page.locator(".ds-skip-link").boundingBox();
  assert.ok(box && box.width > 10 && box.height > 10, "the skip link is not visible when focused");
  await page.keyboard.press("Enter");
  assert.equal((await active(page)).id, "main");
  await page.close();
});

test("sign-in and the main navigation work by keyboard alone", async () => {
  const page = await app.browser.newPage({ locale: "nb-NO" });
  await page.goto(`${app.server.url}/signin`);
  await tabTo(page, (a) => a.id === "username");
  await page.keyboard.type("hr");
  await page.keyboard.press("Tab");
  assert.equal((await active(page)).id, "password");
  await page.keyboard.type(PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === "/"), page.keyboard.press("Enter")]);
  const link = await tabTo(page, (a) => a.tag === "A" && a.href === "/organisations");
  assert.ok(link.outline || link.boxShadow, "navigation links must show focus");
  await Promise.all([page.waitForURL((u) => u.pathname === "/organisations"), page.keyboard.press("Enter")]);
  assert.equal(await page.locator("h1").textContent(), "Organisasjoner");
  await page.close();
});
