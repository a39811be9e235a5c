// From an empty install to a working municipality, as a new administrator would do it:
// the one-time set-up link, the first organisation, importing the template, a requirement,
// a gap analysis with figures; then a second organisation invited into a network, its HR
// accepting, the coordinator seeing it, and the first organisation's HR still not seeing
// the second's people. The set-up link refuses a second use and a guessed token (the
// expired one is refused in the Rust tests, which can set the clock of a link).
import { test } from "node:test";
import assert from "node:assert/strict";
import { startEmpty } from "./support/server.mjs";
import { launch, axe, watch } from "./support/browser.mjs";

const PASSWORD = "et langt og godt passord";
const LANGS = (process.env.SAMAN_CRAWL_LANGS || "nb,nn,en").split(",");

async function submit(page, selector) {
  const [resp] = await Promise.all([page.waitForNavigation(), page.click(`${selector} button[type=submit]`)]);
  return resp;
}

async function setUp(page, server, { lang, username }) {
  await page.goto(`${server.url}${server.setupPath}`);
  if ((await page.getAttribute("html", "lang")) !== lang) {
    await Promise.all([page.waitForLoadState("load"), page.selectOption("#lang-picker", lang)]);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  }
  assert.deepEqual(await axe(page), [], "the set-up page has accessibility violations");
  await page.fill("#display_name", "Kari Nordmann");
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await page.fill("#org_name", "Fjordvik kommune");
  await page.selectOption("#kind", "municipality");
  await page.fill("#org_number", "974 760 673");
  await page.fill("#municipality_number", "4601");
  const resp = await submit(page, "form[action='/setup']");
  assert.equal(resp.status(), 200, await page.locator("main").innerText());
  assert.equal(new URL(page.url()).pathname, "/");
  assert.equal(await page.getAttribute("html", "lang"), lang, "the administrator reads Saman in the language set up in");
}

async function stepDone(page, step) {
  return (await page.locator(`[data-step='${step}']`).first().getAttribute("data-done")) === "true";
}

for (const lang of LANGS) {
  test(`set-up from an empty database in ${lang}`, async () => {
    const server = await startEmpty();
    const browser = await launch();
    try {
      assert.ok(server.setupPath, `no set-up link was printed:\n${server.output()}`);
      const page = await (await browser.newContext()).newPage();
      const problems = watch(page);

      // A guessed token is refused and says what to do.
      const guessed = await page.goto(`${server.url}/setup?token=gjettet`);
      assert.equal(guessed.status(), 404);
      assert.ok(await page.locator("main .ds-alert").count() > 0, "a refused link explains itself");
      problems.length = 0;

      // A form with mistakes keeps what was right and names what was wrong.
      await page.goto(`${server.url}${server.setupPath}`);
      await page.fill("#username", "kari");
      await page.fill("#org_number", "974760674");
      const bad = await submit(page, "form[action='/setup']");
      assert.equal(bad.status(), 422);
      for (const field of ["#password", "#org_name", "#org_number", "#municipality_number"]) {
        assert.equal(await page.getAttribute(field, "aria-invalid"), "true", `${field} is not marked`);
      }
      assert.equal(await page.inputValue("#username"), "kari");
      problems.length = 0;

      await setUp(page, server, { lang, username: "kari" });
      assert.equal(await stepDone(page, "organisation"), true);
      const org = (await page.getAttribute("[data-step='organisation'] a", "href")).split("/")[2];
      assert.equal(await stepDone(page, "import"), false);
      assert.deepEqual(problems, []);

      // The link is spent: a second use is refused, and so is the set-up itself.
      const again = await (await browser.newContext()).newPage();
      assert.equal((await again.goto(`${server.url}${server.setupPath}`)).status(), 404);
      if (lang !== "nb") return;

      // Import the template through the checklist's link.
      await Promise.all([page.waitForNavigation(), page.click("[data-step='import'] a")]);
      const template = await (await fetch(`${server.url}/import/template.csv`)).text();
      await page.setInputFiles("#file", { name: "organisasjon.csv", mimeType: "text/csv", buffer: Buffer.from(template) });
      await submit(page, "form[action='/import']");
      await submit(page, "form[action$='/apply']");
      await page.goto(`${server.url}/`);
      assert.equal(await stepDone(page, "import"), true, "the import step follows the data");

      // The shipped catalogue, chosen on the set-up page.
      await Promise.all([page.waitForNavigation(), page.click("[data-step='catalogue'] a")]);
      await submit(page, "form[action$='/catalogue/choose']");
      assert.equal(await stepDone(page, "catalogue"), true);

      // A requirement on the top unit, through the checklist's link.
      await Promise.all([page.waitForNavigation(), page.click("[data-step='requirements'] a")]);
      await page.$$eval("details", (ds) => ds.forEach((d) => (d.open = true)));
      const competence = await page.locator("#req_competence option", { hasText: "Legemiddelhåndtering" }).first().getAttribute("value");
      await page.selectOption("#req_competence", competence);
      await page.fill("#min_count", "2");
      const added = await submit(page, "form[action$='/requirements']");
      assert.ok(added.status() < 400, await page.locator("main").innerText());

      // The gap analysis has figures: two required, none covered, two missing.
      await page.goto(`${server.url}/organisations/${org}/gaps`);
      const row = page.locator("main table tbody tr", { hasText: "Legemiddelhåndtering" }).first();
      const cells = (await row.locator("td.num").allInnerTexts()).map((t) => t.trim());
      assert.ok(cells.includes("2"), `no figures in the gap analysis: ${cells.join(" | ")}`);

      // A second organisation, a network, and its coordinator's invitations.
      await page.goto(`${server.url}/organisations/new`);
      await page.fill("#org_name", "Helse Fjord HF");
      await page.selectOption("#kind", "hospital_trust");
      await page.fill("#org_number", "983658725");
      await submit(page, "form[action='/organisations']");
      const second = new URL(page.url()).pathname.match(/\/organisations\/(\d+)\/setup/)[1];
      await page.goto(`${server.url}/import?organisation=${second}`);
      await page.selectOption("#organisation", second);
      await page.setInputFiles("#file", { name: "helse.csv", mimeType: "text/csv", buffer: Buffer.from(template) });
      await submit(page, "form[action='/import']");
      await submit(page, "form[action$='/apply']");

      await page.goto(`${server.url}/networks/new`);
      await page.fill("#name", "Fjordnettverket");
      await submit(page, "form[action='/networks']");
      const network = new URL(page.url()).pathname;
      for (const orgId of [org, second]) {
        await page.selectOption("#organisation", orgId);
        await submit(page, "form[action$='/invitations']");
      }
      assert.equal(await page.locator("main table tbody tr").count(), 2, "two invitations waiting");

      // Accounts: HR for each organisation, given their roles per organisation.
      for (const [username, orgId] of [["hanne", second], ["ola", org]]) {
        await page.goto(`${server.url}/admin/users`);
        await page.fill("#username", username);
        await page.fill("#password", PASSWORD);
        await submit(page, "form[action='/admin/users']");
        await page.selectOption("#role", "hr");
        await page.selectOption("#organisation", orgId);
        await submit(page, "form[action$='/grants']");
      }

      // The first organisation accepts as its administrator; the second through its own HR.
      await page.goto(`${server.url}/organisations/${org}/network`);
      await submit(page, "form[action$='/accept']");
      const hr = await (await browser.newContext()).newPage();
      await signIn(hr, server.url, "hanne");
      await hr.goto(`${server.url}/`);
      await Promise.all([hr.waitForNavigation(), hr.click(`main .ds-alert a[href='/organisations/${second}/network']`)]);
      await submit(hr, "form[action$='/accept']");
      assert.match(await hr.locator("#current-network").innerText(), /Fjordnettverket/);

      // The coordinator's page lists both.
      await page.goto(`${server.url}${network}`);
      const members = await page.locator("#members li").allInnerTexts();
      assert.deepEqual(members.sort(), ["Fjordvik kommune", "Helse Fjord HF"]);

      // The first organisation's HR sees its own people, not the second's.
      const ola = await (await browser.newContext()).newPage();
      await signIn(ola, server.url, "ola");
      assert.equal((await ola.goto(`${server.url}/organisations/${org}/people`)).status(), 200);
      assert.equal((await ola.goto(`${server.url}/organisations/${second}/people`)).status(), 404);
    } finally {
      await browser.close();
      await server.stop();
    }
  });
}

async function signIn(page, url, username) {
  await page.goto(`${url}/signin`);
  await page.fill("#username", username);
  await page.fill("#password", PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith("/signin")), page.click("form[action='/signin'] button[type=submit]")]);
}
