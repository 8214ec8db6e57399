/** The side panel: the paper's structure, planned cells linked to their values, the selected cell's history. */
import { Cell } from '@jupyterlab/cells';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';
import { Widget } from '@lumino/widgets';

import { decideCell } from './cells';
import { JSONish, attemptsOf, cellLinks, classifyDiff, paperOutline, proposalOf } from './logic';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls = '', text = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) {
    e.className = cls;
  }
  if (text) {
    e.textContent = text;
  }
  return e;
}

function diffBlock(diff: string): HTMLElement {
  const box = el('div', 'mlintern-diff');
  for (const l of classifyDiff(diff)) {
    box.appendChild(el('div', l.cls, l.text || ' '));
  }
  return box;
}

export class MLInternPanel extends Widget {
  private pending = 0;

  constructor(private tracker: INotebookTracker) {
    super();
    this.id = 'mlintern-panel';
    this.addClass('mlintern-panel');
    this.title.caption = 'mlintern: paper, planned cells, attempts';
    this.title.label = 'mlintern';
    tracker.currentChanged.connect(this.watch, this);
    tracker.activeCellChanged.connect(() => this.refresh(), this);
    this.watch();
  }

  private watched: NotebookPanel | null = null;

  private watch(): void {
    const panel = this.tracker.currentWidget;
    if (panel !== this.watched) {
      this.watched?.model?.contentChanged.disconnect(this.refresh, this);
      this.watched?.model?.metadataChanged.disconnect(this.refresh, this);
      this.watched = panel;
      panel?.context.ready.then(() => {
        panel.model?.contentChanged.connect(this.refresh, this);
        panel.model?.metadataChanged.connect(this.refresh, this);
        this.refresh();
      });
    }
    this.refresh();
  }

  /** Re-render on the next frame (coalesces bursts of model changes). */
  refresh(): void {
    if (this.pending) {
      return;
    }
    this.pending = window.setTimeout(() => {
      this.pending = 0;
      this.render();
    }, 50);
  }

  private render(): void {
    const node = this.node;
    node.textContent = '';
    const panel = this.tracker.currentWidget;
    const model = panel?.content.model;
    if (!panel || !model) {
      node.appendChild(el('p', '', 'Open a notebook and run %mlintern load paper.pdf.'));
      return;
    }
    const nbMeta = (model.getMetadata('mlintern') as JSONish) ?? {};
    const spec = nbMeta.spec ?? {};
    const active = panel.content.activeCell;
    if (active) {
      this.renderSelected(panel, active);
    }
    const cells = panel.content.widgets.map(c => ({
      source: c.model.sharedModel.getSource(),
      metadata: { mlintern: c.model.getMetadata('mlintern') }
    }));
    const links = cellLinks(cells, spec);
    node.appendChild(el('h3', '', `Planned cells (${links.length})`));
    for (const l of links) {
      const div = el('div', 'mlintern-planned-cell', `[${l.index}] ${l.role} — ${l.firstLine}`);
      div.onclick = () => {
        panel.content.activeCellIndex = l.index;
        panel.content.scrollToItem(l.index);
      };
      const uses = l.uses.map(u => `${u.name}=${u.value}${u.page ? ' (p.' + u.page + ')' : ''}`);
      if (uses.length) {
        div.appendChild(el('div', 'mlintern-uses', 'uses ' + uses.join(', ')));
      }
      if (l.missing.length) {
        div.appendChild(el('div', 'mlintern-uses mlintern-missing', 'not in the paper: ' + l.missing.join(', ')));
      }
      node.appendChild(div);
    }

    node.appendChild(el('h3', '', `Paper: ${spec.title || '(none loaded)'}`));
    for (const g of paperOutline(spec)) {
      const det = el('details');
      det.open = !g.title.startsWith('Not stated');
      det.appendChild(el('summary', '', `${g.title} (${g.rows.length})`));
      for (const r of g.rows) {
        const row = el('div', 'mlintern-value');
        row.appendChild(el('b', '', r.name));
        row.appendChild(document.createTextNode(` = ${r.value} `));
        row.appendChild(el('span', 'mlintern-page', r.page ? `p.${r.page}` : ''));
        if (r.quote) {
          const q = el('div', 'mlintern-quote', `“${r.quote.length > 160 ? r.quote.slice(0, 157) + '…' : r.quote}”`);
          q.title = r.quote;
          row.appendChild(q);
        }
        det.appendChild(row);
      }
      node.appendChild(det);
    }

  }

  private renderSelected(panel: NotebookPanel, active: Cell): void {
    const node = this.node;
    const idx = panel.content.activeCellIndex;
    const meta = { mlintern: active.model.getMetadata('mlintern') };
    node.appendChild(el('h3', '', `Selected cell [${idx}]`));
    const review = (meta.mlintern as JSONish)?.review;
    if (review) {
      node.appendChild(el('div', 'mlintern-review-state', `review: ${review.decision} by ${review.by} at ${review.at}`));
    }
    const p = proposalOf(meta);
    if (p) {
      const box = el('div', 'mlintern-proposal');
      box.appendChild(el('div', '', `Proposed fix [${p.kind}]${p.fixer ? ' by ' + p.fixer : ''}: ${p.sentence}`));
      for (const c of p.changes) {
        box.appendChild(el('div', 'mlintern-uses', c));
      }
      box.appendChild(diffBlock(p.diff));
      const accept = el('button', 'mlintern-accept', 'Accept');
      const reject = el('button', 'mlintern-reject', 'Reject');
      accept.onclick = () => decideCell(panel, active.model, 'accepted');
      reject.onclick = () => decideCell(panel, active.model, 'rejected');
      box.appendChild(accept);
      box.appendChild(reject);
      node.appendChild(box);
    }
    const attempts = attemptsOf(meta);
    if (!attempts.length && !p) {
      node.appendChild(el('div', 'mlintern-uses', 'no repair attempts on this cell'));
    }
    if (attempts.length) {
      node.appendChild(el('div', '', `Attempt history (${attempts.length})`));
    }
    attempts.forEach((a, i) => {
      const det = el('details', 'mlintern-attempt');
      det.open = i === attempts.length - 1;
      const dur = a.durationS !== null ? `, ${a.durationS.toFixed(1)} s` : '';
      det.appendChild(el('summary', '', `attempt ${a.attempt}: ${a.kind} → ${a.outcome || '?'} (${a.fixer}${dur})`));
      det.appendChild(el('div', '', a.sentence));
      for (const c of a.changes) {
        det.appendChild(el('div', 'mlintern-uses', c));
      }
      det.appendChild(diffBlock(a.diff));
      node.appendChild(det);
    });
  }
}
