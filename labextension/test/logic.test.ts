import {
  BundleError,
  alreadyDecided,
  attemptsOf,
  bundleKey,
  cellLinks,
  contentKey,
  classifyDiff,
  decide,
  errorOf,
  findValue,
  fixCode,
  paperOutline,
  parseCellsBundle,
  proposalOf,
  proposalTarget,
  sandboxOffer,
  stripHeader,
  toSharedCells
} from '../src/logic';

const spec = {
  title: 'Tiny Repro',
  task_family: 'text-classification',
  architecture: { value: 'Transformer encoder', page: 2, quote: 'We use a Transformer encoder.' },
  architecture_params: { num_layers: { value: 4, page: 2, quote: 'four layers' } },
  training: {
    pretraining: { learning_rate: { value: 0.001, page: 3, quote: 'lr 1e-3 for pretraining' } },
    'fine-tuning': {
      learning_rate: { value: 0.0001, page: [4, 5], quote: 'a learning rate of 1e-4' },
      batch_size: { value: 32, page: 4, quote: 'batch size 32' }
    }
  },
  datasets: [{ value: 'SST-2', page: 3, quote: 'on SST-2' }],
  not_stated: ['warmup']
};

describe('parseCellsBundle', () => {
  it('joins list sources and keeps metadata', () => {
    const b = parseCellsBundle({
      cells: [{ cell_type: 'code', source: ['a = 1\n', 'b = 2'], metadata: { mlintern: { role: 'setup' } } }],
      spec,
      notebook_path: 'x.ipynb'
    });
    expect(b.cells[0].source).toBe('a = 1\nb = 2');
    expect(b.cells[0].metadata.mlintern.role).toBe('setup');
    expect(b.spec.title).toBe('Tiny Repro');
  });
  it('accepts a JSON string, including a string spec', () => {
    const b = parseCellsBundle(JSON.stringify({ cells: [{ source: 'x' }], spec: JSON.stringify(spec) }));
    expect(b.cells[0].cell_type).toBe('code');
    expect(b.spec.title).toBe('Tiny Repro');
  });
  it('rejects bundles without cells or with bad cell types', () => {
    expect(() => parseCellsBundle({ spec })).toThrow(BundleError);
    expect(() => parseCellsBundle('{nope')).toThrow('not JSON');
    expect(() => parseCellsBundle({ cells: [{ cell_type: 'widget' }] })).toThrow('unknown cell_type');
  });
});

describe('bundleKey / toSharedCells', () => {
  it('is stable for the same cells and changes with the nonce or content', () => {
    const a = parseCellsBundle({ cells: [{ source: 'x' }] });
    const b = parseCellsBundle({ cells: [{ source: 'x' }] });
    const c = parseCellsBundle({ cells: [{ source: 'y' }] });
    const d = parseCellsBundle({ cells: [{ source: 'x' }], nonce: 'run-2' });
    expect(bundleKey(a)).toBe(bundleKey(b));
    expect(bundleKey(a)).not.toBe(bundleKey(c));
    expect(bundleKey(a)).not.toBe(bundleKey(d));
  });
  it('gives code cells empty outputs and markdown cells none', () => {
    const cells = toSharedCells(parseCellsBundle({ cells: [{ source: 'x' }, { cell_type: 'markdown', source: '# t' }] }));
    expect(cells[0]).toEqual({ cell_type: 'code', source: 'x', metadata: {}, outputs: [], execution_count: null });
    expect(cells[1].outputs).toBeUndefined();
  });
});

describe('paperOutline / findValue / cellLinks', () => {
  it('groups values with pages and quotes', () => {
    const g = paperOutline(spec);
    const titles = g.map(x => x.title);
    expect(titles).toEqual(['Model', 'Architecture', 'Training: pretraining', 'Training: fine-tuning', 'Datasets',
      'Not stated in the paper']);
    const ft = g.find(x => x.title === 'Training: fine-tuning')!;
    expect(ft.rows[0]).toEqual({ name: 'learning_rate', value: '0.0001', page: 4, quote: 'a learning rate of 1e-4',
      source: 'paper' });
  });
  it('prefers the fine-tuning set-up, then architecture', () => {
    expect(findValue(spec, 'learning_rate')!.value).toBe('0.0001');
    expect(findValue(spec, 'num_layers')!.page).toBe(2);
    expect(findValue(spec, 'dropout')).toBeNull();
  });
  it('links planned cells to the values they use and lists the missing ones', () => {
    const links = cellLinks(
      [
        { source: '%load_ext mlintern_nb', metadata: {} },
        { source: '# NBVAL_IGNORE_OUTPUT\noptimizer = AdamW(lr=lr)',
          metadata: { mlintern: { role: 'train', uses: ['learning_rate', 'warmup', 'output_dir'] } } }
      ],
      spec
    );
    expect(links).toHaveLength(1);
    expect(links[0].index).toBe(1);
    expect(links[0].firstLine).toBe('optimizer = AdamW(lr=lr)');
    expect(links[0].uses.map(u => u.name)).toEqual(['learning_rate']);
    expect(links[0].missing).toEqual(['warmup']);
  });
});

describe('attempts, proposals and decisions', () => {
  const meta = {
    mlintern: {
      attempts: [
        { attempt: 1, diagnosis: { kind: 'oom', message: 'out of memory at batch 32' }, fixer: 'shrink', diff: '-a\n+b\n',
          outcome: 'error', duration_s: 2.5, changes: [{ param: 'batch_size', paper_value: 32, new_value: 8, why: 'OOM' }] }
      ],
      proposal: { new_source: ['y = 2'], diff: '-y = 1\n+y = 2', diagnosis: { kind: 'name_error', ename: 'NameError',
        evalue: "name 'x' is not defined" }, fixer: 'names' }
    }
  };
  it('reads the attempt history', () => {
    const a = attemptsOf(meta)[0];
    expect(a.kind).toBe('oom');
    expect(a.sentence).toBe('out of memory at batch 32');
    expect(a.changes).toEqual(['batch_size: paper 32 → 8 (OOM)']);
    expect(attemptsOf({})).toEqual([]);
  });
  it('reads the pending proposal', () => {
    const p = proposalOf(meta)!;
    expect(p.new_source).toBe('y = 2');
    expect(p.sentence).toBe("name_error: NameError: name 'x' is not defined");
    expect(proposalOf({ mlintern: {} })).toBeNull();
  });
  it('accept writes the source and the review, and drops the proposal', () => {
    const m = { mlintern: { ...meta.mlintern, needs_review: true, proposal: { ...meta.mlintern.proposal, key: 'k1' } } };
    const out = decide('y = 1', m, 'accepted', 'jupyterlab', '2026-01-01T00:00:00Z');
    expect(out.source).toBe('y = 2');
    expect(out.mlintern.review).toEqual({ decision: 'accepted', by: 'jupyterlab', at: '2026-01-01T00:00:00Z',
      fixer: 'names', key: 'k1' });
    expect(out.mlintern.proposal).toBeUndefined();
    expect(out.mlintern.needs_review).toBeUndefined();
    expect(alreadyDecided({ mlintern: out.mlintern }, 'k1')).toBe(true);
    expect(m.mlintern.proposal).toBeDefined(); // input untouched
  });
  it('reject keeps the source; deciding without a proposal is an error', () => {
    const out = decide('y = 1', meta, 'rejected', 'me', 't');
    expect(out.source).toBe('y = 1');
    expect(out.mlintern.review_history).toHaveLength(1);
    expect(() => decide('y', { mlintern: {} }, 'accepted', 'me', 't')).toThrow('no proposal');
  });
});

describe('diff and fix helpers', () => {
  it('classifies unified diff lines', () => {
    expect(classifyDiff('--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n z\n').map(l => l.cls)).toEqual(
      ['file', 'file', 'hunk', 'del', 'add', 'ctx']);
  });
  it('finds the last error output', () => {
    expect(errorOf([{ output_type: 'stream' }, { output_type: 'error', ename: 'E', evalue: 'v', traceback: ['t'] }]))
      .toEqual({ ename: 'E', evalue: 'v', traceback: ['t'] });
    expect(errorOf([])).toBeNull();
  });
  it('builds %%mlintern fix code whose source survives quotes and newlines', () => {
    const src = 'print("a\\nb")\nx = \'it\'s\'\n';
    const code = fixCode(src);
    expect(code).toContain("run_cell_magic('mlintern', 'fix', ");
    const literal = code.split('_mlintern_json.loads(')[1].slice(0, -2);
    expect(JSON.parse(JSON.parse(literal))).toBe(src);
  });
});

describe('proposalTarget', () => {
  const cells = [
    { id: 'a', source: 'x = np.zeros(3)', hasError: true },
    { id: 'b', source: 'print(1)', hasError: false },
    { id: 'c', source: '%mlintern fix', hasError: false },
    { id: 'd', source: '%%mlintern fix\nx = 1', hasError: false }
  ];
  it('uses cell_index or cell_id when given', () => {
    expect(proposalTarget(2, cells, { cell_index: 1 })).toBe(1);
    expect(proposalTarget(2, cells, { cell_id: 'b' })).toBe(1);
    expect(proposalTarget(2, cells, { cell_index: 9, cell_id: 'zz' })).toBe(0);
  });
  it('sends a line %mlintern fix to the failing cell above, a cell magic to itself', () => {
    expect(proposalTarget(2, cells, { cell_index: null })).toBe(0);
    expect(proposalTarget(3, cells, {})).toBe(3);
    expect(proposalTarget(1, cells, {})).toBe(1);
  });
});

describe('planned cells and the sandbox', () => {
  const body = '# Train\nmodel.fit()\n';
  const bundle = (kernel: any, header: boolean, nonce = 'n1') =>
    parseCellsBundle({
      cells: [
        { cell_type: 'markdown', source: '## Train', metadata: {} },
        { cell_type: 'code', source: (header ? '%%mlintern sandbox\n' : '') + body, metadata: {} }
      ],
      spec,
      nonce,
      kernel
    });

  it('takes the session header off, and only that line', () => {
    expect(stripHeader('%%mlintern sandbox\n' + body)).toBe(body);
    expect(stripHeader('%%mlintern sandbox --timeout 5\nx')).toBe('x');
    expect(stripHeader('%%mlintern sandbox')).toBe('');
    expect(stripHeader(body)).toBe(body);
    expect(stripHeader('%%mlintern sandboxed\nx')).toBe('%%mlintern sandboxed\nx');
    expect(stripHeader('%%mlintern run\nx')).toBe('%%mlintern run\nx');
  });

  it('offers the sandbox kernel only to a notebook that is not isolated, when the sandbox is there', () => {
    const session = { isolated: false, session: true, sandbox: true, kernel_name: 'mlintern-sandbox' };
    expect(sandboxOffer(bundle(session, true), 'python3')).toBe('mlintern-sandbox');
    expect(sandboxOffer(bundle(session, true), 'mlintern-sandbox')).toBeNull();
    expect(sandboxOffer(bundle({ isolated: true, sandbox: true }, false), 'mlintern-sandbox')).toBeNull();
    expect(sandboxOffer(bundle({ isolated: false, session: false, sandbox: false }, false), 'python3')).toBeNull();
    expect(sandboxOffer(bundle(undefined, false), 'python3')).toBeNull(); // an older bundle: no offer
    expect(bundle(session, true).kernel).toEqual(session);
  });

  it('knows the same cells whatever the load (nonce) and the header', () => {
    const a = bundle({ session: true }, true, 'first load');
    const b = bundle({ isolated: true }, false, 'second load');
    expect(contentKey(a)).toBe(contentKey(b));
    expect(bundleKey(a)).not.toBe(bundleKey(b));
    const c = parseCellsBundle({ ...a, cells: [...a.cells, { cell_type: 'code', source: 'x = 1', metadata: {} }] });
    expect(contentKey(c)).not.toBe(contentKey(a));
  });
});
