// Concord's browser suite: real Chromium (Debian's), driven over the DevTools protocol by
// puppeteer-core, against a running `concord serve --demo`. It signs up, confirms by the
// e-mail's link read from the outbox, signs in, switches to Arabic and back, creates a body as
// the secretariat, attaches a file to a document (and has a mislabelled one refused), answers
// the demonstration call and finds its receipt in the public ledger, is
// refused as a member, uses the site by keyboard, and runs axe-core on every
// page type in English and Arabic, expecting no WCAG 2.1 AA violation.
//
// Environment: SUITE_URL, SUITE_BINARY (the concord binary, for `concord user link`), ADMIN_EMAIL,
// SECRETARIAT_EMAIL and PASSWORD (both accounts share it), CHROMIUM (default /usr/bin/chromium).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const BASE = process.env.SUITE_URL;
const PASSWORD = process.env.PASSWORD;
const ADMIN = process.env.ADMIN_EMAIL;
const SECRETARIAT = process.env.SECRETARIAT_EMAIL;
const GRACE = `grace.${Date.now()}@example.org`;

let passed = 0;
let failed = 0;

async function step(name, body) {
  try {
    await body();
    passed += 1;
    console.log(`ok    ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${name}\n      ${String(error && error.stack || error).split('\n').join('\n      ')}`);
  }
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

async function visitor() {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15000);
  // axe-core is injected as a script, which Concord's Content-Security-Policy rightly forbids.
  await page.setBypassCSP(true);
  return page;
}

async function go(page, path) {
  const response = await page.goto(BASE + path, { waitUntil: 'load' });
  return response;
}

async function submit(page, selector = 'main form button[type=submit]') {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  return response;
}

async function text(page, selector) {
  return page.$eval(selector, (element) => element.textContent.trim());
}

async function signIn(page, email) {
  await go(page, '/account/sign-in');
  await page.type('#email', email);
  await page.type('#password', PASSWORD);
  await submit(page);
}

async function api(path) {
  const response = await fetch(BASE + path);
  return response.json();
}

const bodies = (await api('/api/v1/bodies')).bodies;
const bodyId = (acronym) => bodies.find((b) => b.acronym === acronym).id;
const people = (await api('/api/v1/people')).people;
const organizations = (await api('/api/v1/organizations')).organizations;

const grace = await visitor();
const admin = await visitor();
const secretariat = await visitor();

await step('sign up', async () => {
  await go(grace, '/account/sign-up');
  await grace.type('#display_name', 'Grace Githaiga');
  await grace.type('#email', GRACE);
  await grace.type('#password', PASSWORD);
  await submit(grace);
  check((await text(grace, 'h1')) === 'Check your inbox', 'the check-your-inbox page');
});

await step('confirm by the link in the e-mail, read from the outbox', async () => {
  await signIn(admin, ADMIN);
  await go(admin, '/admin/outbox');
  const link = await admin.evaluate((to) => {
    const row = [...document.querySelectorAll('tbody tr')].find((r) => r.textContent.includes(to));
    const match = row && row.querySelector('pre').textContent.match(/https?:\/\/\S+\/account\/confirm\?token=\w+/);
    return match && match[0];
  }, GRACE);
  check(link, 'a confirmation link in the outbox');
  await grace.goto(link, { waitUntil: 'load' });
  await submit(grace);
  check((await text(grace, 'h1')) === 'Done', 'the address is confirmed');
});

await step('sign in', async () => {
  await signIn(grace, GRACE);
  check((await text(grace, '.account-bar a')) === 'Grace Githaiga', 'the layout names the signed-in user');
});

await step('switch to Arabic and back', async () => {
  await go(grace, '/bodies');
  await Promise.all([grace.waitForNavigation(), grace.click('a[hreflang=ar]')]);
  const arabic = await grace.evaluate(() => [document.documentElement.lang, document.documentElement.dir, location.pathname]);
  check(arabic.join() === 'ar,rtl,/bodies', `Arabic, right to left, same page: ${arabic}`);
  await go(grace, '/');
  check((await grace.evaluate(() => document.documentElement.lang)) === 'ar', 'the choice is remembered');
  await Promise.all([grace.waitForNavigation(), grace.click('a[hreflang=en]')]);
  check((await grace.evaluate(() => document.documentElement.dir)) === 'ltr', 'back to English');
});

await step('create a body as the secretariat', async () => {
  await signIn(secretariat, SECRETARIAT);
  await go(secretariat, `/bodies/new?parent=${bodyId('CSTD')}`);
  await secretariat.type('#name', 'Task force on the analysis of responses');
  await secretariat.type('#acronym', `TF-${Date.now() % 100000}`);
  await secretariat.select('#body_type', 'task_force');
  await submit(secretariat);
  check(/\/bodies\/\d+$/.test(secretariat.url()), `on the new body's page: ${secretariat.url()}`);
  check((await text(secretariat, 'h1')).startsWith('Task force on the analysis of responses'), 'the new body');
});

const wgecDocuments = (await api(`/api/v1/bodies/${bodyId('WGEC-2013')}/documents`)).documents;
const documentPage = `/bodies/${bodyId('WGEC-2013')}/documents/${wgecDocuments[0].document.id}`;

await step('attach a file to a document through the file chooser', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'concord-suite-'));
  const pdf = join(folder, 'report.pdf');
  writeFileSync(pdf, '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const mislabelled = join(folder, 'notes.pdf');
  writeFileSync(mislabelled, 'Plain text pretending to be a PDF');
  await signIn(admin, ADMIN);
  await go(admin, documentPage);
  const chooser = await admin.$('#file');
  await chooser.uploadFile(mislabelled);
  await submit(admin, 'form[enctype="multipart/form-data"] button[type=submit]');
  const refused = await text(admin, '.error-summary');
  check(refused.includes('is not a PDF, Word (DOCX) or OpenDocument (ODT) document'), `refused: ${refused}`);
  await (await admin.$('#file')).uploadFile(pdf);
  await submit(admin, 'form[enctype="multipart/form-data"] button[type=submit]');
  const listed = await admin.evaluate(() => [...document.querySelectorAll('a[download]')].map((a) => a.textContent));
  check(listed.includes('report.pdf'), `the file is listed: ${listed}`);
});

const wgecCalls = await (async () => {
  const page = await visitor();
  await go(page, `/bodies/${bodyId('WGEC-2013')}`);
  const links = await page.evaluate(() => [...document.querySelectorAll('a[href^="/calls/"]')].map((a) => a.getAttribute('href')));
  await page.browserContext().close();
  return links;
})();
const demoCall = wgecCalls[0];
let receiptPath = null;

await step('answer the demonstration call and get a receipt', async () => {
  await go(grace, `${demoCall}/respond`);
  await grace.select('#kind', 'person');
  await grace.select('#stakeholder_group', 'civil_society');
  await grace.type('#country', 'KE');
  await grace.click('input[type=radio][value="Non-Government"]');
  const firstText = await grace.$('textarea[name^="q"]');
  await firstText.type('Enhanced cooperation should be open to every stakeholder.');
  await grace.click('#consent_publish');
  await submit(grace, 'button[value=submit]');
  receiptPath = new URL(grace.url()).pathname;
  check(/\/calls\/\d+\/receipts\//.test(receiptPath), `on the receipt: ${receiptPath}`);
  const hash = await text(grace, 'code.hash');
  check(/^[0-9a-f]{64}$/.test(hash), `a SHA-256 on the receipt: ${hash}`);
  const ledger = await (await fetch(`${BASE}/ledger.jsonl`)).text();
  check(ledger.includes(hash), 'the receipt is in the public ledger');
});

await step('be refused as a member', async () => {
  const person = people.find((p) => p.name === 'Grace Githaiga');
  execFileSync(process.env.SUITE_BINARY, ['user', 'link', '--email', GRACE, '--person', String(person.id)], { stdio: 'inherit' });
  const response = await go(grace, `/bodies/new?parent=${bodyId('WGEC-2013')}`);
  check(response.status() === 403, `403, not ${response.status()}`);
  check((await text(grace, 'h1')) === 'Not allowed', 'the 403 page');
  const account = await go(grace, '/account');
  check(account.status() === 200 && (await grace.content()).includes('WGEC-2013'), 'the membership shows on the account page');
});

await step('use the site by keyboard: skip link, then the main content', async () => {
  const page = await visitor();
  await go(page, '/bodies');
  await page.keyboard.press('Tab');
  check((await page.evaluate(() => document.activeElement.className)) === 'skip', 'the skip link comes first');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  check(outline !== 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  check((await page.evaluate(() => document.activeElement.id)) === 'main', 'focus moves to the content');
  await page.browserContext().close();
});

async function axe(page, path) {
  const response = await go(page, path);
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
  check(problems.length === 0, `${path} (${response.status()}):\n${problems.join('\n')}`);
}

const wgec = bodyId('WGEC-2013');
const wgecMeetings = (await api(`/api/v1/bodies/${bodyId('WGEC-2013')}/meetings`)).meetings;
const responsePage = receiptPath && receiptPath.replace('/receipts/', '/responses/');
const wgec2Page = await (await fetch(`${BASE}/bodies/${bodyId('WGEC-2016')}`)).text();
const textPath = (wgec2Page.match(/href="(\/texts\/\d+)"/) || [])[1];
await step('the demonstration negotiating text is listed', async () => {
  check(textPath, 'a link to the text on the WGEC-2016 page');
});
const textPages = textPath ? [textPath, `${textPath}/versions`, `${textPath}/compare`, `${textPath}/positions`, `${textPath}/amendments`, `${textPath}/comments`] : [];
const opinionPath = (wgec2Page.match(/href="(\/opinion\/\d+)"/) || [])[1];
await step('the demonstration opinion map is listed', async () => {
  check(opinionPath, 'a link to the opinion map on the WGEC-2016 page');
});
const opinionPages = opinionPath ? [opinionPath] : [];
const groupMapping = `/bodies/${bodyId('WGEC-CG')}/mapping`;
const mappingPath = ((await (await fetch(BASE + groupMapping)).text()).match(/href="(\/mapping\/\d+)"/) || [])[1];
await step('the correspondence group\'s mapping is listed', async () => {
  check(mappingPath, 'a link to the mapping on the group\'s mapping page');
});
const mappingPage = mappingPath ? await (await fetch(BASE + mappingPath)).text() : '';
const mappingIssue = (mappingPage.match(/href="(\/mapping\/\d+\/issues\/\d+)"/) || [])[1];
const mappingPages = mappingPath ? [groupMapping, mappingPath, `${mappingPath}/gaps`, `${mappingPath}/snapshots`, `${mappingPath}/snapshots/1`, `${mappingPath}/snapshots/compare?from=1&to=4`, ...(mappingIssue ? [mappingIssue] : []), '/mechanisms', '/mechanisms/1'] : ['/mechanisms'];
const mappingAdminPages = mappingPath ? [mappingPath, `${mappingPath}/import`, `${mappingPath}/snapshots`, ...(mappingIssue ? [mappingIssue] : []), '/mechanisms/new', '/mechanisms/1/edit', `/bodies/${bodyId('WGEC-CG')}/mapping/new`] : ['/mechanisms/new'];
const publicPages = ['/', '/bodies', `/bodies/${wgec}`, documentPage, demoCall, `${demoCall}/responses`, `${demoCall}/statistics`, `${demoCall}/issues`, `${demoCall}/issues/1`, `${demoCall}/themes`, `${demoCall}/themes/1`, `${demoCall}/divergence`, '/search?q=capacity+building', ...(responsePage ? [responsePage] : []), `/bodies/${bodyId('WGIGF')}`, `/bodies/${wgec}/meetings/${wgecMeetings[0].id}`, `/bodies/${wgec}/meetings/${wgecMeetings[0].id}/register`, `/bodies/${bodyId('CSTD')}`, '/countries', '/countries/CH',
  '/people', `/people/${people[0].id}`, '/organizations', `/organizations/${organizations[0].id}`, '/events', '/events?view=month&month=2013-05', '/events?organiser=ITU',
  ...textPages, ...opinionPages, ...mappingPages, '/account/sign-in', '/account/sign-up', '/account/reset', '/no-such-page'];
const adminPages = [`/bodies/${wgec}/meetings/${wgecMeetings[0].id}`, '/account', '/admin', '/admin/outbox', '/bodies/new', `/bodies/${wgec}/edit`, `/bodies/${wgec}/lifecycle`,
  `/bodies/${wgec}/seats/new`, `/bodies/${wgec}/memberships/new`, `/bodies/${wgec}/invite`, `/bodies/${wgec}/meetings/new`, `/bodies/${wgec}/documents/new`, documentPage, `/bodies/${wgec}/topics/new`, `/bodies/${wgec}/texts/new`, ...(textPath ? [textPath, `${textPath}/edit`, `${textPath}/amendments`, `${textPath}/comments`] : []), ...opinionPages, `/bodies/${wgec}/opinion/new`, `/bodies/${wgec}/calls/new`, `${demoCall}/respond`, `${demoCall}/questions/new`, `${demoCall}/extend`, `${demoCall}/record`, `${demoCall}/import`, `${demoCall}/themes`, `${demoCall}/issues/1`, `${demoCall}/themes/1`, ...(receiptPath ? [receiptPath] : []), ...mappingAdminPages, '/people/new', '/organizations/new'];

await step('a row is proposed on the mapping page and accepted, without JavaScript', async () => {
  check(mappingPath, 'the mapping');
  await go(admin, mappingPath);
  const before = await admin.$$eval('svg.heatmap rect', (cells) => cells.length);
  await admin.select('#issue', await admin.$eval('#issue option:last-child', (o) => o.value));
  await admin.select('#mechanism', await admin.$eval('#mechanism option:first-child', (o) => o.value));
  await admin.select('#status', 'not_addressing');
  await admin.type('#notes', 'Proposed in the browser suite.');
  const response = await submit(admin, 'form[action$="/rows"] button[type=submit]');
  check(response.status() === 200, `the issue page after the row (${response.status()})`);
  check(admin.url().includes('#row-'), `at the new row: ${admin.url()}`);
  const row = admin.url().split('#row-')[1];
  await submit(admin, `form[action$="/rows/${row}/state"] button[type=submit]`);
  await go(admin, mappingPath);
  const after = await admin.$$eval('svg.heatmap rect', (cells) => cells.length);
  check(after === before + 1, `one more cell in the heat map (${before} → ${after})`);
});

for (const lang of ['en', 'ar']) {
  const anonymous = await visitor();
  await anonymous.setCookie({ name: 'concord_lang', value: lang, url: BASE });
  await admin.setCookie({ name: 'concord_lang', value: lang, url: BASE });
  for (const path of publicPages) {
    await step(`axe, ${lang}: ${path}`, () => axe(anonymous, path));
  }
  for (const path of adminPages) {
    await step(`axe, ${lang}, administrator: ${path}`, () => axe(admin, path));
  }
  await step(`axe, ${lang}: a form with errors`, async () => {
    await go(admin, '/bodies/new');
    await submit(admin);
    check((await admin.$('.error-summary')) !== null, 'the error summary is shown');
    await admin.addScriptTag({ path: AXE });
    const result = await admin.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    check(result.violations.length === 0, result.violations.map((v) => `${v.id}: ${v.help}`).join('\n'));
  });
  await anonymous.browserContext().close();
}

await browser.close();
console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
