/** Operations on live notebooks: find the cell of an output, insert planned cells, store/decide proposals. */
import { Cell, ICellModel } from '@jupyterlab/cells';
import { INotebookTracker, NotebookPanel } from '@jupyterlab/notebook';

import {
  CellsBundle,
  JSONish,
  alreadyDecided,
  bundleKey,
  contentKey,
  decide,
  Decision,
  stripHeader,
  toSharedCells
} from './logic';

export interface Located {
  panel: NotebookPanel;
  index: number;
  cell: Cell;
}

/** The notebook cell whose output area holds `node`, in any open notebook. */
export function locate(tracker: INotebookTracker, node: HTMLElement): Located | null {
  let found: Located | null = null;
  tracker.forEach(panel => {
    if (found) {
      return;
    }
    panel.content.widgets.forEach((cell, index) => {
      if (!found && cell.node.contains(node)) {
        found = { panel, index, cell };
      }
    });
  });
  return found;
}

/** Wait (up to ~5 s) until the renderer is in the DOM, then locate its cell. */
export async function locateWhenAttached(tracker: INotebookTracker, node: HTMLElement): Promise<Located | null> {
  for (let i = 0; i < 50; i++) {
    const hit = node.isConnected ? locate(tracker, node) : null;
    if (hit) {
      return hit;
    }
    await new Promise(r => setTimeout(r, 100));
  }
  return null;
}

function mlinternMeta(model: ICellModel): JSONish {
  return (model.getMetadata('mlintern') as JSONish) ?? {};
}

/** The ids of the cells `owner` inserted for `key` that are still in the notebook. */
export function insertedIds(panel: NotebookPanel, owner: ICellModel, key: string): string[] {
  const ids: string[] = (mlinternMeta(owner).inserted_cells ?? {})[key] ?? [];
  const shared = panel.content.model?.sharedModel;
  return shared ? ids.filter(id => shared.cells.some(c => c.getId() === id)) : [];
}

/** The earlier insertion from `at` of the same cells (see {@link contentKey}) still in the notebook. */
export function liveInsertion(at: Located, bundle: CellsBundle): { key: string; ids: string[] } | null {
  const content = contentKey(bundle);
  const byKey = (mlinternMeta(at.cell.model).inserted_content ?? {}) as { [k: string]: string };
  for (const [key, c] of Object.entries(byKey)) {
    const ids = c === content ? insertedIds(at.panel, at.cell.model, key) : [];
    if (ids.length) {
      return { key, ids };
    }
  }
  return null;
}

/**
 * Insert the bundle's cells below `at.index` in one transaction (one step for the notebook's
 * document-wide undo when that is enabled), unless this bundle was already inserted from that cell
 * (a reopened notebook), or the same cells are still there from an earlier load (Run All re-runs
 * `%mlintern load`). The owner cell remembers the inserted cell ids, so {@link undoInsert} can
 * take them out again whatever the undo settings. Returns the ids inserted.
 */
export function insertBundle(at: Located, bundle: CellsBundle, force = false): string[] {
  const key = bundleKey(bundle);
  const meta = mlinternMeta(at.cell.model);
  const done: string[] = Array.isArray(meta.inserted) ? meta.inserted : [];
  if (done.includes(key) && !force) {
    return [];
  }
  if (!force && liveInsertion(at, bundle)) {
    return [];
  }
  const content = contentKey(bundle);
  const nbModel = at.panel.content.model;
  if (!nbModel) {
    return [];
  }
  const shared = nbModel.sharedModel;
  let ids: string[] = [];
  shared.transact(() => {
    ids = shared.insertCells(at.index + 1, toSharedCells(bundle) as any).map(c => c.getId());
    const cellsByKey = { ...(meta.inserted_cells ?? {}), [key]: ids };
    at.cell.model.setMetadata('mlintern', {
      ...meta,
      inserted: [...done.filter(k => k !== key), key],
      inserted_cells: cellsByKey,
      inserted_content: { ...(meta.inserted_content ?? {}), [key]: content }
    });
    const nbMeta = (nbModel.getMetadata('mlintern') as JSONish) ?? {};
    if (!nbMeta.spec && bundle.spec && Object.keys(bundle.spec).length) {
      nbModel.setMetadata('mlintern', { ...nbMeta, spec: bundle.spec });
    }
  });
  return ids;
}

/** Take out the cells the owner cell inserted last (or for `key`); returns how many were removed. */
export function undoInsert(panel: NotebookPanel, owner: ICellModel, key?: string): number {
  const meta = mlinternMeta(owner);
  const done: string[] = Array.isArray(meta.inserted) ? meta.inserted : [];
  const k = key ?? done[done.length - 1];
  const ids: string[] = (meta.inserted_cells ?? {})[k ?? ''] ?? [];
  const shared = panel.content.model?.sharedModel;
  if (!k || !shared) {
    return 0;
  }
  // indices from the state before the transaction, deleted from the end so none shifts
  const indices = ids
    .map(id => shared.cells.findIndex(c => c.getId() === id))
    .filter(i => i >= 0)
    .sort((a, b) => b - a);
  shared.transact(() => {
    for (const i of indices) {
      shared.deleteCell(i);
    }
    const rest = { ...(meta.inserted_cells ?? {}) };
    delete rest[k];
    owner.setMetadata('mlintern', { ...meta, inserted: done.filter(x => x !== k), inserted_cells: rest });
  });
  return indices.length;
}

/** Take the `%%mlintern sandbox` header off the given cells (the notebook now runs the sandbox kernel). */
export function stripHeaders(panel: NotebookPanel, ids: string[]): number {
  const shared = panel.content.model?.sharedModel;
  let n = 0;
  if (!shared) {
    return 0;
  }
  shared.transact(() => {
    for (const cell of shared.cells) {
      const src = cell.getSource();
      if (ids.includes(cell.getId()) && stripHeader(src) !== src) {
        cell.setSource(stripHeader(src));
        n++;
      }
    }
  });
  return n;
}

/** Store a proposal in the cell's metadata (unless that proposal was already decided on). */
export function storeProposal(model: ICellModel, proposal: JSONish, key: string): boolean {
  const meta = mlinternMeta(model);
  if (alreadyDecided({ mlintern: meta }, key) || meta.proposal?.key === key) {
    return false;
  }
  model.setMetadata('mlintern', { ...meta, proposal: { ...proposal, key } });
  return true;
}

/** Accept or reject the cell's pending proposal: source + metadata in one transaction. */
export function decideCell(panel: NotebookPanel, model: ICellModel, decision: Decision, by = 'jupyterlab'): void {
  const meta = mlinternMeta(model);
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const out = decide(model.sharedModel.getSource(), { mlintern: meta }, decision, by, now);
  const shared = panel.content.model?.sharedModel;
  const apply = () => {
    if (out.source !== model.sharedModel.getSource()) {
      model.sharedModel.setSource(out.source);
    }
    model.setMetadata('mlintern', out.mlintern);
  };
  shared ? shared.transact(apply) : apply();
}
