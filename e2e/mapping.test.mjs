// An HR export whose columns Saman does not recognise, in each language: the upload leads to the
// mapping step (each column beside a choice of fields, first rows shown, required fields
// marked), the mapping is saved under a name, the preview reads the file with it, and the next
// file with the same columns goes straight to the preview. The saved mapping can be deleted.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { useApp } from "./support/app.mjs";
import { signIn, axe, watch } from "./support/browser.mjs";

const app = useApp({ employees: 60 });
const LOCALES = { nb: "nb-NO", nn: "nn-NO", en: "en-GB" };
const SHOTS = process.env.SAMAN_SCREENSHOTS || path.join(import.meta.dirname, "screenshots");
mkdirSync(SHOTS, { recursive: true });

const FILE = `Nr;Navn 1;Navn 2;Avd;Avd tekst;Rolle;Andel;Fra;Merknad
70001;Astrid;Vik;Q-BU;Bukollektivet;Miljøarbeider;100;01.02.2021;fast
70002;Jon;Rud;Q-BU;Bukollektivet;Vernepleier;75;2023-05-01;
`;
const CHOICES = ["employee_number", "given_name", "family_name", "unit_code", "unit_name", "title", "percent", "start_date", ""];

async function upload(page, url, name) {
  await page.goto(`${url}/import`);
  await page.setInputFiles("#file", { name, mimeType: "text/csv", buffer: Buffer.from(FILE) });
  const [resp] = await Promise.all([page.waitForNavigation(), page.click("form[action='/import'] button[type=submit]")]);
  return resp;
}

for (const [lang, locale] of Object.entries(LOCALES)) {
  test(`an unknown layout is mapped, saved and reused in ${lang}`, async () => {
    const context = await app.browser.newContext({ locale });
    const page = await context.newPage();
    const problems = watch(page);
    await signIn(page, app.server.url, "hr");

    const resp = await upload(page, app.server.url, "lonn.csv");
    assert.equal(resp.status(), 200);
    assert.match(page.url(), /\/import\/\d+\/columns$/, "the upload leads to the mapping step");
    assert.equal(await page.getAttribute("html", "lang"), lang);
    assert.equal(await page.locator("#mapping tbody tr").count(), 9, "one row per column of the file");
    assert.equal(await page.locator("#required-fields li.missing").count(), 8, "every required field is still to be chosen");
    assert.deepEqual(await axe(page), [], "mapping step: accessibility violations");
    await page.screenshot({ path: path.join(SHOTS, `${lang}-hr-import-columns-1280.png`), fullPage: true, timeout: 90_000 });

    for (const [i, code] of CHOICES.entries()) await page.selectOption(`#col-${i}`, code);
    await page.fill("#name", `Lønn ${lang}`);
    const [preview] = await Promise.all([page.waitForNavigation(), page.click("form[action$='/columns'] button[type=submit]")]);
    assert.equal(preview.status(), 200);
    assert.ok(await page.locator("#mapping-used").isVisible(), "the preview says the columns were read with the mapping");
    assert.ok((await page.textContent("main")).includes("Astrid Vik (70001)"));
    assert.deepEqual(await axe(page), [], "preview after mapping: accessibility violations");

    // The next file with the same columns is read with the saved mapping at once.
    await upload(page, app.server.url, "lonn-neste.csv");
    assert.doesNotMatch(page.url(), /columns/);
    assert.ok((await page.textContent("#mapping-used")).includes(`Lønn ${lang}`));

    // The saved mapping is listed on the import page and can be deleted.
    await page.goto(`${app.server.url}/import`);
    assert.equal(await page.locator("#saved-mappings li").count(), 1);
    await Promise.all([page.waitForNavigation(), page.click("#saved-mappings button[type=submit]")]);
    assert.equal(await page.locator("#saved-mappings").count(), 0, "the mapping is gone");
    assert.deepEqual(problems, []);
    await context.close();
  });
}
