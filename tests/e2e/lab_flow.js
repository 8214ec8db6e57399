// End-to-end flow in a real JupyterLab driven by headless Debian chromium (playwright-core).
// Env: LAB_URL, LAB_TOKEN, NOTEBOOK, ARTIFACTS, CHROMIUM, PW_CORE (path to playwright-core).
// Prints one JSON line with what it saw; exits 1 with the reason on failure.
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
const path = require('path');

const URL = process.env.LAB_URL, TOKEN = process.env.LAB_TOKEN, NB = process.env.NOTEBOOK;
const ART = process.env.ARTIFACTS;
const seen = {};

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
  page.setDefaultTimeout(45000);
  const log = [];
  page.on('console', m => { if (m.type() === 'error') log.push(m.text()); });
  try {
    await page.goto(`${URL}/lab/tree/${NB}?token=${TOKEN}&reset`);
    await page.waitForFunction(() => window.jupyterapp && window.jupyterapp.shell.currentWidget
      && window.jupyterapp.shell.currentWidget.content && window.jupyterapp.shell.currentWidget.content.model
      && window.jupyterapp.shell.currentWidget.content.widgets.length > 0);
    seen.extension = await page.evaluate(() => ['mlintern:fix-cell', 'mlintern:reproduce', 'mlintern:open-panel']
      .every(c => window.jupyterapp.commands.hasCommand(c)));
    // the fix button in the active cell's toolbar
    await page.locator('.jp-cell-toolbar [data-command="mlintern:fix-cell"]').first().waitFor({ timeout: 15000 })
      .then(() => { seen.toolbar_fix = true; }, () => { seen.toolbar_fix = false; });
    // wait for the kernel
    await page.waitForFunction(() => {
      const s = window.jupyterapp.shell.currentWidget.sessionContext;
      return s.session && s.session.kernel && s.session.kernel.status === 'idle';
    });
    const nCells = () => page.evaluate(() => window.jupyterapp.shell.currentWidget.content.model.cells.length);
    seen.cells_before = await nCells();
    // run cell 0: %mlintern load (or the injected bundle)
    await page.evaluate(async () => {
      const nb = window.jupyterapp.shell.currentWidget;
      nb.content.activeCellIndex = 0;
      await window.jupyterapp.commands.execute('notebook:run-cell');
    });
    // wait for the inserted cells, or fail fast on an error output in cell 0
    await page.waitForFunction(n => {
      const model = window.jupyterapp.shell.currentWidget.content.model;
      const outs = model.cells.get(0).toJSON().outputs || [];
      const s = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status;
      return model.cells.length > n || outs.some(o => o.output_type === 'error')
        || (model.cells.get(0).executionCount !== null && s === 'idle');
    }, seen.cells_before, { timeout: 90000 });
    await page.waitForFunction(n => window.jupyterapp.shell.currentWidget.content.model.cells.length > n,
      seen.cells_before, { timeout: 5000 }).catch(() => {});
    const err = await page.evaluate(() => {
      const outs = window.jupyterapp.shell.currentWidget.content.model.cells.get(0).toJSON().outputs || [];
      const e = outs.find(o => o.output_type === 'error');
      return e ? `${e.ename}: ${e.evalue}` : null;
    });
    if (err) { throw new Error(`cell 0 (load) raised ${err}`); }
    if (await nCells() === seen.cells_before) {
      const kinds = await page.evaluate(() => (window.jupyterapp.shell.currentWidget.content.model.cells.get(0)
        .toJSON().outputs || []).map(o => String((o.data || {})['text/plain'] || o.text || o.output_type).slice(0, 300))
        .join(' | '));
      throw new Error(`cell 0 (load) inserted no cells; its outputs: ${kinds}`);
    }
    await page.waitForTimeout(300);
    seen.cells_after_load = await nCells();
    seen.inserted_text = await page.locator('.mlintern-inserted').first().innerText();
    seen.n_inserted = await page.evaluate(() => {
      const meta = window.jupyterapp.shell.currentWidget.content.model.cells.get(0).getMetadata('mlintern');
      return Object.values(meta.inserted_cells || {}).reduce((n, ids) => n + ids.length, 0);
    });
    // undo the insertion from the output's button, then insert again
    await page.locator('.mlintern-undo-insert').first().click();
    await page.waitForFunction(n => window.jupyterapp.shell.currentWidget.content.model.cells.length === n,
      seen.cells_after_load - seen.n_inserted, { timeout: 10000 }).catch(() => {});
    seen.cells_after_undo = await nCells();
    await page.locator('.mlintern-insert-again').first().click();
    await page.waitForFunction(n => window.jupyterapp.shell.currentWidget.content.model.cells.length === n,
      seen.cells_after_load, { timeout: 10000 }).catch(() => {});
    seen.cells_after_redo = await nCells();
    // run the last cell: it fails and a fix is proposed for it
    const last = seen.cells_after_redo - 2;  // the failing cell; the last one holds the review widget
    await page.evaluate(async i => {
      const nb = window.jupyterapp.shell.currentWidget;
      nb.content.activeCellIndex = i;
      await window.jupyterapp.commands.execute('notebook:run-cell');
    }, last);
    if (process.env.FIX_MODE === 'command') {
      // the cell failed; ask for a fix the way a person would: the "mlintern: fix this cell" command
      await page.waitForFunction(i => window.jupyterapp.shell.currentWidget.content.model.cells.get(i)
        .executionCount !== null, last);
      await page.evaluate(async i => {
        window.jupyterapp.shell.currentWidget.content.activeCellIndex = i;
        await window.jupyterapp.commands.execute('mlintern:fix-cell');
      }, last);
    }
    await page.waitForFunction(i => {
      const c = window.jupyterapp.shell.currentWidget.content.widgets[i];
      const m = c.model.getMetadata('mlintern');
      return m && m.proposal;
    }, last);
    // open the panel from the right sidebar and select the cell
    const tab = page.locator('.jp-SideBar.jp-mod-right li[data-id="mlintern-panel"]');
    const panelShown = await page.locator('#mlintern-panel').isVisible();
    if (panelShown) { /* the fix command already opened it */ } else if (await tab.count()) { await tab.click(); } else {
      await page.evaluate(() => window.jupyterapp.commands.execute('mlintern:open-panel'));
    }
    await page.evaluate(i => { window.jupyterapp.shell.currentWidget.content.activeCellIndex = i; }, last);
    const panel = page.locator('#mlintern-panel');
    await panel.locator('.mlintern-accept').waitFor();
    seen.panel_planned = await panel.locator('.mlintern-planned-cell').count();
    seen.panel_values = await panel.locator('.mlintern-value').count();
    seen.panel_attempts = await panel.locator('.mlintern-attempt').count();
    await panel.screenshot({ path: path.join(ART, 'mlintern-panel-proposal.png') });
    await page.screenshot({ path: path.join(ART, 'jupyterlab-proposal.png') });
    await panel.locator('.mlintern-accept').click();
    await page.waitForFunction(i => {
      const m = window.jupyterapp.shell.currentWidget.content.widgets[i].model.getMetadata('mlintern');
      return m && m.review && m.review.decision === 'accepted';
    }, last);
    await panel.locator('.mlintern-review-state').waitFor();
    seen.accepted_source = await page.evaluate(
      i => window.jupyterapp.shell.currentWidget.content.widgets[i].model.sharedModel.getSource(), last);
    await panel.screenshot({ path: path.join(ART, 'mlintern-panel-accepted.png') });
    // the ipywidgets review widget renders in JupyterLab and its Accept button reaches the kernel
    await page.evaluate(async i => {
      window.jupyterapp.shell.currentWidget.content.activeCellIndex = i;
      await window.jupyterapp.commands.execute('notebook:run-cell');
    }, last + 1);
    const review = page.locator('.mlintern-review');
    await review.waitFor();
    await review.locator('button', { hasText: 'Re-run' }).click();
    const rerunOut = review.locator('.jp-OutputArea-output', { hasText: 'rerun-ok' }).first();
    await rerunOut.waitFor();
    seen.widget_rerun_output = (await rerunOut.innerText()).trim();
    await review.locator('button', { hasText: 'Accept' }).click();
    await review.locator('text=accepted by browser').waitFor();
    await review.screenshot({ path: path.join(ART, 'review-widget-accepted.png') });
    seen.widget_kernel_state = await page.evaluate(async () => {
      const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
      let out = '';
      const future = kernel.requestExecute({ code: 'print(_nb.cells[0].source.splitlines()[0], _w.decision, sep="|")', silent: false });
      future.onIOPub = msg => { if (msg.header.msg_type === 'stream') { out += msg.content.text; } };
      await future.done;
      return out.trim();
    });
    await page.evaluate(() => window.jupyterapp.commands.execute('docmanager:save'));
    await page.waitForFunction(() => !window.jupyterapp.shell.currentWidget.context.model.dirty);
    seen.console_errors = log.filter(t => /mlintern/i.test(t));
    console.log(JSON.stringify(seen));
  } catch (e) {
    try { await page.screenshot({ path: path.join(ART, 'failure.png') }); } catch (_) { /* ignore */ }
    console.log(JSON.stringify({ ...seen, error: String(e && e.message || e).split('\n')[0], console: log.slice(-5) }));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
main();
