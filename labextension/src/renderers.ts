/** MIME renderers: planned cells (`%mlintern load`) and proposals (`mlintern: fix this cell`). */
import { INotebookTracker } from '@jupyterlab/notebook';
import { IRenderMime } from '@jupyterlab/rendermime-interfaces';
import { Widget } from '@lumino/widgets';

import { insertBundle, liveInsertion, locateWhenAttached, storeProposal, stripHeaders, undoInsert } from './cells';
import {
  MIME_CELLS,
  MIME_PROPOSAL,
  bundleKey,
  parseCellsBundle,
  proposalTarget,
  sandboxOffer,
  textKey
} from './logic';

export class CellsRenderer extends Widget implements IRenderMime.IRenderer {
  constructor(private tracker: INotebookTracker, private onChange: () => void) {
    super();
    this.addClass('mlintern-inserted');
  }

  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    let bundle;
    try {
      bundle = parseCellsBundle(model.data[MIME_CELLS]);
    } catch (e) {
      this.node.textContent = String((e as Error).message);
      return;
    }
    const title = bundle.spec?.title ? ` from “${bundle.spec.title}”` : '';
    this.node.textContent = `mlintern: ${bundle.cells.length} planned cells${title}`;
    const at = await locateWhenAttached(this.tracker, this.node);
    if (!at) {
      this.node.textContent += ' (open the notebook to insert them)';
      return;
    }
    const ids = insertBundle(at, bundle);
    const status = document.createElement('span');
    status.textContent =
      ids.length > 0
        ? `mlintern: inserted ${ids.length} planned cells${title} below`
        : `mlintern: ${bundle.cells.length} planned cells${title} (already inserted)`;
    this.node.textContent = '';
    this.node.appendChild(status);
    const undo = document.createElement('button');
    undo.textContent = 'Undo insert';
    undo.className = 'jp-Button mlintern-undo-insert';
    const again = document.createElement('button');
    again.textContent = 'Insert again';
    again.className = 'jp-Button mlintern-insert-again';
    const key = bundleKey(bundle);
    undo.onclick = () => {
      const n = undoInsert(at.panel, at.cell.model, key);
      status.textContent = `mlintern: removed ${n} inserted cells (Insert again to restore them)`;
      this.onChange();
    };
    again.onclick = () => {
      const added = insertBundle(at, bundle, true);
      status.textContent = `mlintern: inserted ${added.length} planned cells${title} below`;
      this.onChange();
    };
    this.node.appendChild(document.createTextNode(' '));
    this.node.appendChild(undo);
    this.node.appendChild(document.createTextNode(' '));
    this.node.appendChild(again);
    const target = sandboxOffer(bundle, at.panel.sessionContext.session?.kernel?.name);
    if (target) {
      // the notebook's kernel is not isolated: one click runs the planned cells in the sandbox kernel
      const use = document.createElement('button');
      use.textContent = 'Run the planned cells in the sandbox';
      use.title = `Switch this notebook to the ${target} kernel (Docker: no network, not root; the notebook's folder is its workspace)`;
      use.className = 'jp-Button mlintern-use-sandbox';
      use.onclick = async () => {
        use.disabled = true;
        try {
          await at.panel.sessionContext.changeKernel({ name: target });
          const live = liveInsertion(at, bundle);
          const n = live ? stripHeaders(at.panel, live.ids) : 0;
          status.textContent = `mlintern: this notebook now runs the ${target} kernel; ${n} planned cells run in it directly`;
          use.remove();
        } catch (e) {
          use.disabled = false;
          status.textContent = `mlintern: could not switch to ${target}: ${(e as Error).message}`;
        }
        this.onChange();
      };
      this.node.appendChild(document.createTextNode(' '));
      this.node.appendChild(use);
    }
    this.onChange();
  }
}

export class ProposalRenderer extends Widget implements IRenderMime.IRenderer {
  constructor(private tracker: INotebookTracker, private onChange: () => void) {
    super();
    this.addClass('mlintern-inserted');
  }

  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    const data = model.data[MIME_PROPOSAL] as any;
    const proposal = data?.proposal;
    if (!proposal || proposal.new_source === undefined) {
      this.node.textContent = 'mlintern: an empty proposal';
      return;
    }
    const kind = proposal.diagnosis?.kind ?? 'error';
    this.node.textContent = `mlintern: a proposed fix (${kind}) — review it in the mlintern panel`;
    const at = await locateWhenAttached(this.tracker, this.node);
    if (!at) {
      return;
    }
    const cells = at.panel.content.widgets.map(c => ({
      id: c.model.id,
      source: c.model.sharedModel.getSource(),
      hasError: ((c.model.toJSON() as any).outputs ?? []).some((o: any) => o.output_type === 'error')
    }));
    const index = proposalTarget(at.index, cells, data);
    const target = at.panel.content.widgets[index];
    if (!target) {
      this.node.textContent = `mlintern: cell ${index} does not exist`;
      return;
    }
    const key = textKey(JSON.stringify(proposal.new_source) + (proposal.fixer ?? ''));
    storeProposal(target.model, proposal, key);
    this.onChange();
  }
}

export function rendererFactories(tracker: INotebookTracker, onChange: () => void): IRenderMime.IRendererFactory[] {
  return [
    { safe: true, mimeTypes: [MIME_CELLS], defaultRank: 0, createRenderer: () => new CellsRenderer(tracker, onChange) },
    {
      safe: true,
      mimeTypes: [MIME_PROPOSAL],
      defaultRank: 0,
      createRenderer: () => new ProposalRenderer(tracker, onChange)
    }
  ];
}
