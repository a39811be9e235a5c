// Every form with fields, found by crawling as an administrator and as an HR adviser, is
// submitted once empty and once with valid data: empty gives an error summary linked to the
// fields (or a readable error next to them) and changes nothing; valid succeeds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useApp } from "./support/app.mjs";
import { signIn, axe } from "./support/browser.mjs";

const app = useApp({ employees: 60 });

// Check-in needs the code shown in the room; the HTTP tests cover it.
const SKIP_ACTIONS = ["/signin", "/signout", "/lang", "/learning/checkin"];

async function findForms(page, url) {
  const found = new Map();
  // The home page first, then the deeper pages whose forms a breadth-first walk would not reach.
  const queue = ["/", "/mobility", "/mobility/new?direction=offer", "/mobility/new?direction=request", "/mentoring", "/mentoring/new"];
  const seen = new Set();
  while (queue.length && seen.size < 32) {
    const p = queue.shift();
    if (seen.has(p)) continue;
    seen.add(p);
    await page.goto(`${url}${p}`);
    const forms = await page.$$eval("form[method=post]", (fs) => fs.map((f) => ({
      action: f.getAttribute("action"),
      fields: [...f.querySelectorAll("input:not([type=hidden]), select, textarea")].map((i) => i.name),
    })));
    for (const f of forms) {
      if (SKIP_ACTIONS.includes(f.action) || f.fields.length === 0) continue;
      const key = f.action.replace(/\d+/g, "N");
      if (!found.has(key)) found.set(key, { page: p, action: f.action, fields: f.fields });
    }
    for (const h of await page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href")))) {
      if (!/^\/(assets|api|files)\//.test(h) && !/\.(csv|xlsx|ics)$/.test(h.split("?")[0]) && !seen.has(h)) queue.push(h);
    }
  }
  return [...found.values()];
}

let counter = 0;
function valid(name, action) {
  counter++;
  // A group enrolment by unit alone: a code as well may match nobody there.
  if (name === "position_code" && /^\/cohorts\/\d+\/enrol\?by=group$/.test(action)) return "";
  switch (name) {
    case "link": return "https://laring.ks.no/";
    case "level": return "1";
    case "target": return "600";
    case "credits": return "15";
    case "capacity": return "20";
    case "min_sessions": return "2";
    case "follow_up_days": return "90";
    case "starts": return "2026-12-01T09:00";
    case "ends": return "2026-12-01T12:00";
    case "username": return `skjema.test${counter}`;
    case "display_name": return `Skjema Testesen ${counter}`;
    case "password":
    case "new_password": return "saman-demo-2026";
    case "name": return `Nøkkel ${counter}`;
    case "employee_number": return "100001";
    case "min_count": return "2";
    case "position_code": return "7174";
    case "validity_months": return "24";
    case "places": return "2";
    case "weeks": return "12, 22";
    case "year": return String(new Date().getFullYear() + 1);
    case "percent": return "100";
    case "open_to": return "";
    case "org_number": return "974760673";
    case "municipality_number": return "4601";
    case "email": return `skjema${counter}@example.no`;
    case "coordinator": return "admin";
    default:
      if (name.endsWith("_on")) return "01.02.2024";
      return `verdi ${counter}`;
  }
}

async function openAll(page) {
  // Forms folded into <details> are opened, as a user would.
  await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
}

async function submit(page, action) {
  const form = page.locator(`form[method=post][action='${action}']`).first();
  const [resp] = await Promise.all([page.waitForNavigation(), form.locator("button[type=submit]").first().click()]);
  return resp;
}

for (const role of (process.env.FORMS_ROLES || "admin,hr").split(",")) {
  test(`every form for ${role}: empty is refused with linked errors, valid succeeds`, async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await signIn(page, app.server.url, role);
    const forms = await findForms(page, app.server.url);
    assert.ok(forms.length >= 1, "no forms found");
    console.log(`forms found as ${role}: ${forms.map((f) => f.action.replace(/\d+/g, "N")).join(" ")}`);
    const template = await (await fetch(`${app.server.url}/import/template.csv`)).text();
    const holdingsTemplate = await (await fetch(`${app.server.url}/import/holdings/template.csv`)).text();
    for (const f of forms) {
      // Empty (a form of checkboxes only, such as attendance, may rightly be sent with none ticked).
      await page.goto(`${app.server.url}${f.page}`);
      await openAll(page);
      const onlyChoices = await page.locator(`form[method=post][action='${f.action}']`).first()
        .evaluate((form) => [...form.querySelectorAll("input:not([type=hidden]), select, textarea")].every((i) => i.type === "checkbox"));
      if (!onlyChoices) {
        // An edit form comes filled in: empty it as a user would.
        await page.locator(`form[method=post][action='${f.action}']`).first()
          .evaluate((form) => form.querySelectorAll("input[type=text], input[type=number], input[type=url], input[type=email], input[type=datetime-local], textarea").forEach((i) => { i.value = ""; }));
        const empty = await submit(page, f.action);
        assert.equal(empty.status(), 422, `${f.action} accepted an empty form`);
        const summary = page.locator(".ds-error-summary");
        assert.ok(await summary.count() > 0, `${f.action}: no error summary`);
        for (const href of await summary.locator("a[href^='#']").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
          assert.equal(await page.locator(href).count(), 1, `${f.action}: the summary links to ${href}, which is not on the page`);
        }
        assert.deepEqual(await axe(page), [], `${f.action}: the error page has accessibility violations`);
      }
      // Valid.
      await page.goto(`${app.server.url}${f.page}`);
      await openAll(page);
      const form = page.locator(`form[method=post][action='${f.action}']`).first();
      for (const name of f.fields) {
        const field = form.locator(`[name='${name}']`).first();
        const tag = await field.evaluate((e) => e.tagName + ":" + (e.getAttribute("type") || ""));
        if (tag.startsWith("SELECT")) {
          const values = await field.locator("option").evaluateAll((os) => os.map((o) => o.value).filter((v) => v));
          await field.selectOption(values[0]);
        } else if (tag === "INPUT:file") {
          const body = f.action.startsWith("/import/holdings") ? holdingsTemplate
            : f.action === "/competences/moodle" ? await page.evaluate(async () => (await fetch("/competences/moodle.csv")).text())
            : template;
          await field.setInputFiles({ name: "mal.csv", mimeType: "text/csv", buffer: Buffer.from(body) });
        } else if (tag === "INPUT:radio" || tag === "INPUT:checkbox") {
          await field.check();
        } else {
          await field.fill(valid(name, f.action));
        }
      }
      const ok = await submit(page, f.action);
      assert.ok(ok.status() < 400, `${f.action}: valid data was refused with ${ok.status()}: ${await page.locator("main").innerText()}`);
      assert.equal(await page.locator(".ds-error-summary").count(), 0, `${f.action}: valid data gave errors`);
      // Setting a password signs that user out everywhere; sign in again if it was us.
      await signIn(page, app.server.url, role);
    }
    await context.close();
  });
}
