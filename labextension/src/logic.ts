/**
 * Pure logic of the mlintern JupyterLab extension (no JupyterLab imports, unit-tested with jest).
 *
 * Contracts (docs/ARCHITECTURE.md):
 * - `application/vnd.mlintern.cells+json` = {cells: [nbformat cell dicts], spec: PaperSpec JSON, notebook_path}
 *   emitted by `%mlintern load`; the extension inserts the cells below the cell that produced it.
 * - `application/vnd.mlintern.proposal+json` = {proposal: {new_source, diff, diagnosis, fixer, changes},
 *   cell_index?, cell_id?} — a proposed rewrite, stored in that cell's `metadata.mlintern.proposal`
 *   until a person accepts or rejects it in the panel.
 * - cell.metadata.mlintern = {role, recipe, uses: [param], attempts: [{attempt, diagnosis, fixer, diff,
 *   outcome, duration_s, changes}], review: {decision, by, at}, proposal?}
 */

export const MIME_CELLS = 'application/vnd.mlintern.cells+json';
export const MIME_PROPOSAL = 'application/vnd.mlintern.proposal+json';

export type JSONish = any;

export interface PlannedCell {
  cell_type: 'code' | 'markdown' | 'raw';
  source: string;
  metadata: { [k: string]: JSONish };
}

/** Where the planned cells run (`%mlintern load` decides, kernel-side; docs/notebook.md). */
export interface BundleKernel {
  /** the notebook's kernel is the sandbox (`mlintern-sandbox`) */
  isolated?: boolean;
  /** the code cells start with `%%mlintern sandbox` (they run in the notebook's sandbox session) */
  session?: boolean;
  /** the sandbox kernel is available (Docker and the image are there) */
  sandbox?: boolean;
  kernel_name?: string;
}

export interface CellsBundle {
  cells: PlannedCell[];
  spec: JSONish;
  notebook_path?: string;
  nonce?: string;
  kernel?: BundleKernel;
}

/** The header of a planned cell that runs in the notebook's sandbox session. */
export const SESSION_HEADER = '%%mlintern sandbox';

export function hasHeader(source: string): boolean {
  const first = source.split('\n', 1)[0].trimEnd();
  return first === SESSION_HEADER || first.startsWith(SESSION_HEADER + ' ');
}

/** `source` without its `%%mlintern sandbox` line (unchanged without one). */
export function stripHeader(source: string): string {
  if (!hasHeader(source)) {
    return source;
  }
  const nl = source.indexOf('\n');
  return nl < 0 ? '' : source.slice(nl + 1);
}

/**
 * The kernel to offer ("run the planned cells in the sandbox"): when the notebook's kernel is not
 * isolated and the sandbox is available, and the notebook does not already run it; else null.
 */
export function sandboxOffer(bundle: CellsBundle, currentKernel?: string | null): string | null {
  const k = bundle.kernel;
  if (!k || k.isolated || !k.sandbox) {
    return null;
  }
  const name = k.kernel_name || 'mlintern-sandbox';
  return currentKernel === name ? null : name;
}

export class BundleError extends Error {}

function joinSource(src: unknown): string {
  if (Array.isArray(src)) {
    return src.map(s => String(s)).join('');
  }
  return src === undefined || src === null ? '' : String(src);
}

/** Validate and normalise the magics' MIME payload (it may arrive as a JSON string). */
export function parseCellsBundle(data: unknown): CellsBundle {
  let d: any = data;
  if (typeof d === 'string') {
    try {
      d = JSON.parse(d);
    } catch (e) {
      throw new BundleError('mlintern: the cells bundle is not JSON');
    }
  }
  if (!d || typeof d !== 'object' || !Array.isArray(d.cells)) {
    throw new BundleError('mlintern: the cells bundle has no "cells" list');
  }
  const cells: PlannedCell[] = d.cells.map((c: any, i: number) => {
    if (!c || typeof c !== 'object') {
      throw new BundleError(`mlintern: cell ${i} of the bundle is not an object`);
    }
    const t = c.cell_type ?? 'code';
    if (t !== 'code' && t !== 'markdown' && t !== 'raw') {
      throw new BundleError(`mlintern: cell ${i} has an unknown cell_type ${JSON.stringify(t)}`);
    }
    return { cell_type: t, source: joinSource(c.source), metadata: { ...(c.metadata ?? {}) } };
  });
  let spec = d.spec ?? {};
  if (typeof spec === 'string') {
    try {
      spec = JSON.parse(spec);
    } catch (e) {
      spec = {};
    }
  }
  const kernel = d.kernel && typeof d.kernel === 'object' ? (d.kernel as BundleKernel) : undefined;
  return { cells, spec, notebook_path: d.notebook_path, nonce: d.nonce, kernel } as CellsBundle;
}

/** A stable key for a bundle, so re-rendering a saved output does not insert the cells twice. */
export function bundleKey(bundle: CellsBundle): string {
  const text = JSON.stringify([bundle.nonce ?? '', bundle.cells.map(c => [c.cell_type, c.source])]);
  let h = 5381;
  for (let i = 0; i < text.length; i++) {
    h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  }
  return `${bundle.cells.length}-${(h >>> 0).toString(16)}`;
}

/**
 * What the cells say, whatever the load that planned them (no nonce) and wherever they run (no header):
 * re-running `%mlintern load` for the same paper (Run All) does not insert the same cells again.
 */
export function contentKey(bundle: CellsBundle): string {
  return bundleKey({ ...bundle, nonce: '', cells: bundle.cells.map(c => ({ ...c, source: stripHeader(c.source) })) });
}

/** The shared-model cell dicts to insert (outputs empty, execution_count null). */
export function toSharedCells(bundle: CellsBundle): JSONish[] {
  return bundle.cells.map(c =>
    c.cell_type === 'code'
      ? { cell_type: 'code', source: c.source, metadata: c.metadata, outputs: [], execution_count: null }
      : { cell_type: c.cell_type, source: c.source, metadata: c.metadata }
  );
}

export interface ValueRow {
  name: string;
  value: string;
  page: number | null;
  quote: string;
  source: string;
}

export interface OutlineGroup {
  title: string;
  rows: ValueRow[];
}

function fmt(v: unknown): string {
  if (typeof v === 'string') {
    return v;
  }
  return JSON.stringify(v);
}

function firstPage(p: unknown): number | null {
  if (Array.isArray(p)) {
    return p.length ? Number(p[0]) : null;
  }
  return typeof p === 'number' ? p : null;
}

function row(name: string, g: any): ValueRow {
  if (!g || typeof g !== 'object' || !('value' in g)) {
    return { name, value: fmt(g), page: null, quote: '', source: 'paper' };
  }
  return {
    name,
    value: fmt(g.value),
    page: firstPage(g.page),
    quote: String(g.quote ?? g.note ?? ''),
    source: String(g.source ?? 'paper')
  };
}

/** The paper's structure for the side panel: sections (when known) and the grounded values. */
export function paperOutline(spec: JSONish): OutlineGroup[] {
  if (!spec || typeof spec !== 'object') {
    return [];
  }
  const groups: OutlineGroup[] = [];
  if (Array.isArray(spec.sections) && spec.sections.length) {
    groups.push({
      title: 'Sections',
      rows: spec.sections.map((s: any, i: number) =>
        row(String(s.title ?? `section ${i + 1}`), { value: s.kind ?? '', page: s.page_start ?? s.page ?? null })
      )
    });
  }
  const top: ValueRow[] = [];
  for (const key of ['task_family_evidence', 'architecture', 'loss']) {
    if (spec[key]) {
      top.push(row(key === 'task_family_evidence' ? 'task' : key, spec[key]));
    }
  }
  if (top.length) {
    groups.push({ title: 'Model', rows: top });
  }
  const arch = spec.architecture_params ?? {};
  if (Object.keys(arch).length) {
    groups.push({ title: 'Architecture', rows: Object.keys(arch).map(k => row(k, arch[k])) });
  }
  const training = spec.training ?? {};
  for (const setup of Object.keys(training)) {
    const s = training[setup] ?? {};
    groups.push({ title: `Training: ${setup}`, rows: Object.keys(s).map(k => row(k, s[k])) });
  }
  for (const key of ['datasets', 'metrics']) {
    const xs = spec[key];
    if (Array.isArray(xs) && xs.length) {
      groups.push({
        title: key[0].toUpperCase() + key.slice(1),
        rows: xs.map((g: any, i: number) => row(`${key.slice(0, -1)} ${i + 1}`, g))
      });
    }
  }
  if (Array.isArray(spec.reported_results) && spec.reported_results.length) {
    groups.push({
      title: 'Reported results',
      rows: spec.reported_results.map((r: any) =>
        row(`${r.metric}${r.dataset ? ' (' + r.dataset + ')' : ''}`, { value: r.value, page: r.page, quote: r.quote })
      )
    });
  }
  if (Array.isArray(spec.not_stated) && spec.not_stated.length) {
    groups.push({
      title: 'Not stated in the paper',
      rows: spec.not_stated.map((n: string) => ({ name: n, value: '—', page: null, quote: '', source: 'default' }))
    });
  }
  return groups;
}

/** Look a parameter up in the spec: training set-ups first, then architecture params. */
export function findValue(spec: JSONish, name: string): ValueRow | null {
  const training = spec?.training ?? {};
  const setups = Object.keys(training);
  const fine = setups.filter(s => s.toLowerCase().includes('fine'));
  for (const s of [...fine, ...setups]) {
    if (training[s] && name in training[s]) {
      return row(name, training[s][name]);
    }
  }
  const arch = spec?.architecture_params ?? {};
  if (name in arch) {
    return row(name, arch[name]);
  }
  return null;
}

/** The fields a paper can state (paper/spec.py TRAINING_FIELDS + ARCH_FIELDS); other parameters are the notebook's own. */
export const PAPER_FIELDS = new Set([
  'optimizer', 'learning_rate', 'lr_schedule', 'warmup', 'batch_size', 'epochs', 'steps', 'weight_decay', 'dropout',
  'label_smoothing', 'max_seq_length', 'lora_rank', 'lora_alpha', 'lora_target_modules', 'augmentation', 'momentum',
  'gradient_clipping', 'num_layers', 'hidden_size', 'num_heads', 'ffn_size', 'num_params', 'vocab_size',
  'image_size', 'patch_size', 'backbone'
]);

export interface CellLink {
  index: number;
  role: string;
  uses: ValueRow[];
  missing: string[];
  firstLine: string;
}

/** Each planned cell (metadata.mlintern.role) with the paper values it uses. */
export function cellLinks(cells: { source: string; metadata: JSONish }[], spec: JSONish): CellLink[] {
  const out: CellLink[] = [];
  cells.forEach((c, index) => {
    const m = c.metadata?.mlintern;
    if (!m || !m.role) {
      return;
    }
    const uses: ValueRow[] = [];
    const missing: string[] = [];
    for (const name of (m.uses ?? []) as string[]) {
      const v = findValue(spec, name);
      if (v) {
        uses.push(v);
      } else if (PAPER_FIELDS.has(name)) {
        missing.push(name);
      }
    }
    const firstLine = (stripHeader(c.source).split('\n').find(l => l.trim() && !/^#\s*NBVAL/.test(l.trim())) ?? '')
      .slice(0, 80);
    out.push({ index, role: String(m.role), uses, missing, firstLine });
  });
  return out;
}

export interface Attempt {
  attempt: number;
  kind: string;
  sentence: string;
  fixer: string;
  outcome: string;
  diff: string;
  durationS: number | null;
  changes: string[];
}

function diagnosisSentence(d: any): string {
  if (!d || typeof d !== 'object') {
    return d ? String(d) : '';
  }
  for (const k of ['sentence', 'summary', 'message', 'explanation', 'detail', 'why']) {
    if (d[k]) {
      return String(d[k]);
    }
  }
  return [d.kind, d.ename, d.evalue ?? d.error].filter(Boolean).join(': ');
}

function changeLine(c: any): string {
  const paper = c.paper_value ?? c.paper;
  const now = c.new_value ?? c.new;
  return `${c.param}: paper ${fmt(paper)} → ${fmt(now)}${c.why ? ' (' + c.why + ')' : ''}`;
}

/** The attempt history of a cell, oldest first. */
export function attemptsOf(metadata: JSONish): Attempt[] {
  const xs = metadata?.mlintern?.attempts;
  if (!Array.isArray(xs)) {
    return [];
  }
  return xs.map((a: any, i: number) => ({
    attempt: Number(a.attempt ?? i + 1),
    kind: String(a.diagnosis?.kind ?? 'error'),
    sentence: diagnosisSentence(a.diagnosis),
    fixer: String(a.fixer ?? ''),
    outcome: String(a.outcome ?? ''),
    diff: String(a.diff ?? ''),
    durationS: typeof a.duration_s === 'number' ? a.duration_s : null,
    changes: (a.changes ?? []).map(changeLine)
  }));
}

export interface Proposal {
  new_source: string;
  diff: string;
  sentence: string;
  kind: string;
  fixer: string;
  changes: string[];
}

/** The pending proposal of a cell, if any. */
export function proposalOf(metadata: JSONish): Proposal | null {
  const p = metadata?.mlintern?.proposal;
  if (!p || typeof p !== 'object' || p.new_source === undefined) {
    return null;
  }
  return {
    new_source: joinSource(p.new_source),
    diff: String(p.diff ?? ''),
    sentence: diagnosisSentence(p.diagnosis),
    kind: String(p.diagnosis?.kind ?? 'error'),
    fixer: String(p.fixer ?? ''),
    changes: (p.changes ?? []).map(changeLine)
  };
}

export type Decision = 'accepted' | 'rejected';

/**
 * The cell after a decision on its pending proposal: on accept the new source; in both cases
 * `mlintern.review = {decision, by, at}` appended to `review_history` and the proposal removed.
 */
export function decide(
  source: string,
  metadata: JSONish,
  decision: Decision,
  by: string,
  at: string
): { source: string; mlintern: JSONish } {
  const m = { ...(metadata?.mlintern ?? {}) };
  const p = m.proposal;
  if (!p) {
    throw new BundleError('mlintern: this cell has no proposal to decide on');
  }
  const entry: JSONish = { decision, by, at };
  if (p.fixer) {
    entry.fixer = p.fixer;
  }
  if (p.key) {
    entry.key = p.key;
  }
  m.review = entry;
  m.review_history = [...(m.review_history ?? []), entry];
  delete m.proposal;
  if (decision === 'accepted') {
    delete m.needs_review;
    return { source: joinSource(p.new_source), mlintern: m };
  }
  return { source, mlintern: m };
}

export type DiffClass = 'add' | 'del' | 'hunk' | 'file' | 'ctx';

export function classifyDiff(diff: string): { cls: DiffClass; text: string }[] {
  return diff
    .split('\n')
    .filter((l, i, xs) => !(i === xs.length - 1 && l === ''))
    .map(text => {
      let cls: DiffClass = 'ctx';
      if (text.startsWith('+++') || text.startsWith('---')) {
        cls = 'file';
      } else if (text.startsWith('+')) {
        cls = 'add';
      } else if (text.startsWith('-')) {
        cls = 'del';
      } else if (text.startsWith('@@')) {
        cls = 'hunk';
      }
      return { cls, text };
    });
}

/**
 * Python code the "fix this cell" command runs in the kernel: `%%mlintern fix` on the cell's source
 * (the magic reuses the kernel's recorded error for that source, else runs it once to get it) after
 * loading the extension. The source travels as a JSON literal, so quotes and newlines survive.
 */
export function fixCode(source: string): string {
  return (
    'import json as _mlintern_json\n' +
    "get_ipython().extension_manager.load_extension('mlintern_nb')\n" +
    `get_ipython().run_cell_magic('mlintern', 'fix', _mlintern_json.loads(${JSON.stringify(JSON.stringify(source))}))`
  );
}

/** The error of a cell from its outputs (the last `error` output). */
export function errorOf(outputs: JSONish[]): { ename: string; evalue: string; traceback: string[] } | null {
  for (let i = outputs.length - 1; i >= 0; i--) {
    const o = outputs[i];
    if (o && o.output_type === 'error') {
      return { ename: String(o.ename), evalue: String(o.evalue), traceback: (o.traceback ?? []).map(String) };
    }
  }
  return null;
}

/** A short stable hash of a text (djb2), used to recognise a proposal already decided on. */
export function textKey(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) {
    h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  }
  return (h >>> 0).toString(16);
}

/** True when this proposal (by key) was already decided on for the cell. */
export function alreadyDecided(metadata: JSONish, key: string): boolean {
  const hist = metadata?.mlintern?.review_history;
  return Array.isArray(hist) && hist.some((e: any) => e && e.key === key);
}

/**
 * Which cell a displayed proposal is for: `cell_index`/`cell_id` when given; for a line
 * `%mlintern fix` (which fixes the last failing cell) the nearest cell above with an error output;
 * else the cell that displayed it.
 */
export function proposalTarget(
  own: number,
  cells: { id: string; source: string; hasError: boolean }[],
  data: { cell_index?: number | null; cell_id?: string | null }
): number {
  if (typeof data.cell_index === 'number' && data.cell_index >= 0 && data.cell_index < cells.length) {
    return data.cell_index;
  }
  if (data.cell_id) {
    const i = cells.findIndex(c => c.id === data.cell_id);
    if (i >= 0) {
      return i;
    }
  }
  const src = (cells[own]?.source ?? '').trimStart();
  if (/^%mlintern\s+fix\b/.test(src)) {
    for (let i = own - 1; i >= 0; i--) {
      if (cells[i].hasError) {
        return i;
      }
    }
  }
  return own;
}
