#!/usr/bin/env node
/**
 * `npm run test:reliability [-- --rounds N]`: issue 11's reliability test. The production web
 * build in headless Chromium is killed at random moments while an edit is being autosaved,
 * then reopened, ROUNDS times (default 200). After every kill the project must open, and as
 * the last saved state (the edit typed before the kill: written in time, or rescued at exit
 * and recovered) or the previous one (the edit was lost with the page), never anything else.
 *
 * Each round: open the page, wait until it has settled (status "Saved"), read the stored
 * document from IndexedDB (the "previous" state), rename the step "Enter invoice data" through
 * the inspector (the "last" state), wait a random time around the autosave (1 s after the
 * edit), and kill the page in one of four ways: a renderer crash through CDP (no unload
 * events), closing the page, a reload, or navigating away (both of the latter fire `pagehide`).
 * The next round's opening is the check: the project name and the steps are on screen, no
 * page error, the stored project row and document agree, the step shown on the canvas is the
 * stored one, and the stored document is exactly the previous state or exactly the previous
 * state with the new name.
 *
 * Prints one line `reliability: ...` and exits 1 if any round opened broken. The browser
 * profile is a fresh temporary directory, so IndexedDB is written to disk as in the app.
 * Serves the build with scripts/web.mjs on PORT (default 4831).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.PORT ?? 4831);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const STEP_ID = 'enter-data';
const DATABASE = 'flowcase-workspace';
const OPEN_TIMEOUT_MS = 20_000;
const KILLS = ['crash', 'close', 'reload', 'navigate'];

function roundsFromArgs(argv) {
  const at = argv.indexOf('--rounds');
  const raw = at >= 0 ? argv[at + 1] : (process.env.ROUNDS ?? '200');
  const rounds = Number(raw);
  if (!Number.isInteger(rounds) || rounds < 1) {
    throw new Error(`--rounds must be a whole number from 1, not "${raw}".`);
  }
  return rounds;
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with SEED. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Start `scripts/web.mjs` (build and serve) and resolve once it says it is listening. */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/web.mjs'], {
      env: { ...process.env, PORT: String(PORT) },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Flowcase is running at')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the web server exited (${code}): ${out}`)));
  });
}

/** Every project row and document in the workspace, read with plain IndexedDB. */
function readStored(page) {
  return page.evaluate(async (name) => {
    const request = globalThis.indexedDB.open(name);
    const db = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const tx = db.transaction(['projects', 'documents'], 'readonly');
      const all = (store) =>
        new Promise((resolve, reject) => {
          const r = tx.objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
      const [projects, documents] = await Promise.all([all('projects'), all('documents')]);
      return { projects, documents };
    } finally {
      db.close();
    }
  }, DATABASE);
}

const stepName = (text) =>
  JSON.parse(text).maps.current.steps.find((step) => step.id === STEP_ID)?.name ?? null;

/** The document `text` with the step renamed, as the editor would store it. */
function renamed(text, name) {
  const document = JSON.parse(text);
  document.maps.current.steps.find((step) => step.id === STEP_ID).name = name;
  return JSON.stringify(document);
}

/**
 * Open the app in `page` and check it opened whole. Returns the stored document once the page
 * has settled, or the reason it is broken.
 */
async function openAndCheck(page, errors, reloaded) {
  if (!reloaded) await page.goto(BASE_URL);
  const name = page.getByTestId('project-name');
  const step = page.getByTestId(`step-${STEP_ID}`);
  try {
    await name.waitFor({ state: 'visible', timeout: OPEN_TIMEOUT_MS });
    await step.waitFor({ state: 'visible', timeout: OPEN_TIMEOUT_MS });
    await page
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor({ timeout: OPEN_TIMEOUT_MS });
  } catch (error) {
    return { ok: false, reason: `did not open: ${error.message.split('\n')[0]}` };
  }
  if (errors.length > 0) return { ok: false, reason: `page errors: ${errors.join(' | ')}` };
  const { projects, documents } = await readStored(page);
  if (projects.length !== 1 || documents.length !== 1)
    return { ok: false, reason: `${projects.length} projects, ${documents.length} documents` };
  const [row] = projects;
  const [doc] = documents;
  if (row.id !== doc.id || row.revision !== doc.revision)
    return { ok: false, reason: `row ${row.revision} and document ${doc.revision} disagree` };
  const stored = stepName(doc.text);
  const shown = await step.innerText();
  if (stored === null || !shown.includes(stored))
    return { ok: false, reason: `the canvas shows "${shown}", the store holds "${stored}"` };
  return { ok: true, text: doc.text, revision: doc.revision };
}

/** Rename the step through the inspector: select it on the canvas, type, Enter. */
async function renameStep(page, name) {
  await page.getByTestId(`step-${STEP_ID}`).click();
  const field = page
    .getByRole('complementary', { name: 'Inspector' })
    .getByLabel('Name', { exact: true });
  await field.fill(name);
  await field.press('Enter');
}

/**
 * Kill `page` now by `how`. Returns the page to use next (null for a new one) and whether it
 * is already loading the app again (a reload).
 */
async function kill(context, page, how) {
  const done = (promise) => promise.catch(() => undefined);
  if (how === 'crash') {
    const cdp = await context.newCDPSession(page);
    void done(cdp.send('Page.crash'));
    await done(page.waitForEvent('crash', { timeout: 5000 }));
    await done(page.close());
    return { page: null, reloaded: false };
  }
  if (how === 'close') {
    await done(page.close({ runBeforeUnload: false }));
    return { page: null, reloaded: false };
  }
  if (how === 'reload') {
    await done(page.reload({ waitUntil: 'commit' }));
    return { page, reloaded: true };
  }
  await done(page.goto('about:blank', { waitUntil: 'commit' }));
  return { page, reloaded: false };
}

async function main() {
  const rounds = roundsFromArgs(process.argv.slice(2));
  const seed = Number(process.env.SEED ?? Date.now() % 1_000_000);
  const next = random(seed);
  const server = await startServer();
  const profile = await mkdtemp(join(tmpdir(), 'flowcase-reliability-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const counts = { fine: 0, last: 0, previous: 0, broken: 0 };
  const kills = Object.fromEntries(KILLS.map((k) => [k, 0]));
  const problems = [];
  let page = null;
  let reloaded = false;
  let expected = null;
  try {
    for (let round = 0; round <= rounds; round++) {
      page ??= await context.newPage();
      const errors = [];
      page.removeAllListeners('pageerror');
      page.on('pageerror', (error) => errors.push(error.message));
      const opened = await openAndCheck(page, errors, reloaded);
      if (expected !== null) {
        let verdict = 'broken';
        if (opened.ok && opened.text === expected.last) verdict = 'last';
        else if (opened.ok && opened.text === expected.previous) verdict = 'previous';
        if (opened.ok) counts.fine += 1;
        counts[verdict] += 1;
        if (verdict === 'broken') {
          const why = opened.ok
            ? `opened as "${stepName(opened.text)}", expected "${expected.name}" or the one before`
            : opened.reason;
          problems.push(`round ${round} (${expected.how} at ${expected.atMs} ms): ${why}`);
        }
      } else if (!opened.ok) {
        throw new Error(`the app did not open on its first start: ${opened.reason}`);
      }
      if (round === rounds) break;
      if (!opened.ok) {
        // Nothing known to build on: start from a new page and take what is there.
        await page.close().catch(() => undefined);
        page = null;
        reloaded = false;
        expected = null;
        continue;
      }
      // An edit, then a kill at a random moment: often right around the autosave's write.
      const name = `Round ${round + 1} edit ${Math.floor(next() * 1e6)}`;
      const how = KILLS[Math.floor(next() * KILLS.length)];
      const mode = next();
      const atMs = Math.round(
        mode < 0.4 ? next() * 1600 : mode < 0.8 ? 950 + next() * 150 : 990 + next() * 40,
      );
      await renameStep(page, name);
      const typedAt = Date.now();
      expected = { previous: opened.text, last: renamed(opened.text, name), name, how, atMs };
      const wait = atMs - (Date.now() - typedAt);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      ({ page, reloaded } = await kill(context, page, how));
      kills[how] += 1;
    }
  } finally {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
    server.kill('SIGTERM');
  }
  console.log(
    `reliability: ${rounds} rounds (seed ${seed}), ${counts.fine} opened fine, ` +
      `last ${counts.last}, previous ${counts.previous}, broken ${counts.broken} ` +
      `(kills: ${KILLS.map((k) => `${k} ${kills[k]}`).join(', ')})`,
  );
  for (const problem of problems) console.log(`  ${problem}`);
  process.exit(counts.broken > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`The reliability test could not run: ${error.stack ?? error.message}`);
  process.exit(2);
});
