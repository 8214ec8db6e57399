// Isolated by default, in a real JupyterLab (headless Debian chromium via playwright-core).
// A new notebook on the default Python 3 kernel: run `%load_ext mlintern_nb` + `%mlintern load PAPER`,
// then Run All; the planned cells (headed `%%mlintern sandbox`) and a probe cell run in the notebook's
// sandbox session. Then the "Run the planned cells in the sandbox" button switches the notebook itself.
// Env: LAB_URL, LAB_TOKEN, NOTEBOOK, ARTIFACTS, CHROMIUM, PW_CORE. Prints one JSON line with what it saw.
const { chromium } = require(process.env.PW_CORE || 'playwright-core');
const path = require('path');

const URL = process.env.LAB_URL, TOKEN = process.env.LAB_TOKEN, NB = process.env.NOTEBOOK;
const ART = process.env.ARTIFACTS;
const HEADER = '%%mlintern sandbox';
const seen = {};

function cellsJSON() {
  return window.jupyterapp.shell.currentWidget.content.model.toJSON().cells;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.setDefaultTimeout(60000);
  const log = [];
  page.on('console', m => { if (m.type() === 'error') log.push(m.text()); });
  const kernelIdle = () => page.waitForFunction(() => {
    const s = window.jupyterapp.shell.currentWidget.sessionContext;
    return s.session && s.session.kernel && s.session.kernel.status === 'idle';
  }, null, { timeout: 90000 });
  const cells = () => page.evaluate(cellsJSON);
  try {
    await page.goto(`${URL}/lab/tree/${NB}?token=${TOKEN}&reset`);
    await page.waitForFunction(() => window.jupyterapp && window.jupyterapp.shell.currentWidget
      && window.jupyterapp.shell.currentWidget.content && window.jupyterapp.shell.currentWidget.content.model
      && window.jupyterapp.shell.currentWidget.content.widgets.length > 0);
    await kernelIdle();
    seen.kernel_before = await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.name);
    seen.cells_before = (await cells()).length;
    // 1. the load cell, as a person runs it (Shift-Enter)
    await page.evaluate(async () => {
      window.jupyterapp.shell.currentWidget.content.activeCellIndex = 0;
      await window.jupyterapp.commands.execute('notebook:run-cell');
    });
    await page.waitForFunction(n => window.jupyterapp.shell.currentWidget.content.model.cells.length > n,
      seen.cells_before, { timeout: 120000 });
    await kernelIdle();
    const afterLoad = await cells();
    seen.cells_after_load = afterLoad.length;
    const texts = (afterLoad[0].outputs || []).map(o => String((o.data || {})['text/plain'] || o.text || ''));
    seen.notes = texts.filter(t => t.startsWith('mlintern: ')).map(t => t.split('\n')[0]);
    seen.offer = await page.locator('.mlintern-use-sandbox').count();
    // 2. Run All (the load cell again, the planned cells, the probe)
    await page.evaluate(() => window.jupyterapp.commands.execute('notebook:run-all-cells'));
    await page.waitForFunction(() => {
      const all = window.jupyterapp.shell.currentWidget.content.model.toJSON().cells;
      const last = all[all.length - 1];
      const s = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status;
      return (last.execution_count !== null && s === 'idle')
        || all.some(c => (c.outputs || []).some(o => o.output_type === 'error'));
    }, null, { timeout: 240000 });
    await kernelIdle();
    const ran = await cells();
    seen.cells_after_run_all = ran.length;
    const planned = ran.slice(1, ran.length - 1).filter(c => c.cell_type === 'code');
    seen.planned_code = planned.length;
    seen.planned_with_header = planned.filter(c => String(c.source).startsWith(HEADER + '\n')).length;
    seen.planned_ran = planned.filter(c => c.execution_count !== null).length;
    seen.errors = ran.flatMap(c => (c.outputs || []).filter(o => o.output_type === 'error')
      .map(o => `${o.ename}: ${o.evalue}`.slice(0, 300)));
    const outText = c => (c.outputs || []).map(o => String(o.text || (o.data || {})['text/plain'] || '')).join('');
    seen.started_note = ran.map(outText).find(t => t.includes('started the sandbox session kernel')) || '';
    seen.probe = outText(ran[ran.length - 1]).trim();
    seen.eval_output = outText(planned.find(c => (c.metadata.mlintern || {}).role === 'eval') || {}).trim().slice(0, 300);
    await page.locator('.jp-Notebook').screenshot({ path: path.join(ART, 'isolate-run-all.png') });
    await page.evaluate(() => window.jupyterapp.commands.execute('docmanager:save'));
    // 3. the one click: switch this notebook to the sandbox kernel; the planned cells lose their header
    await page.evaluate(() => { window.jupyterapp.shell.currentWidget.content.activeCellIndex = 0; });
    await page.locator('.mlintern-use-sandbox').first().scrollIntoViewIfNeeded();
    await page.locator('.mlintern-use-sandbox').first().click();
    await page.waitForFunction(() => {
      const s = window.jupyterapp.shell.currentWidget.sessionContext.session;
      return s && s.kernel && s.kernel.name === 'mlintern-sandbox' && s.kernel.status === 'idle';
    }, null, { timeout: 120000 });
    // the click's handler strips the headers once changeKernel resolves, which can come after the new kernel
    // already reports idle: wait for its status line, not only for the kernel
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.mlintern-inserted'))
      .some(n => n.textContent.includes('this notebook now runs the')), null, { timeout: 60000 });
    seen.kernel_after_switch = await page.evaluate(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.name);
    const switched = await cells();
    seen.headers_after_switch = switched.slice(1, switched.length - 1).filter(c => c.cell_type === 'code' && String(c.source).startsWith(HEADER)).length;
    seen.switch_status = await page.locator('.mlintern-inserted').first().innerText();
    seen.switch_probe = await page.evaluate(async code => {
      const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
      let out = '';
      const future = kernel.requestExecute({ code, silent: false });
      future.onIOPub = msg => { if (msg.header.msg_type === 'stream') { out += msg.content.text; } };
      await future.done;
      return out.trim();
    }, process.env.PROBE);
    await page.screenshot({ path: path.join(ART, 'isolate-switched.png') });
    seen.console_errors = log.filter(t => /mlintern/i.test(t));
    console.log(JSON.stringify(seen));
  } catch (e) {
    try { await page.screenshot({ path: path.join(ART, 'isolate-failure.png') }); } catch (_) { /* ignore */ }
    console.log(JSON.stringify({ ...seen, error: String(e && e.message || e).split('\n')[0], console: log.slice(-5) }));
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
}
main();
