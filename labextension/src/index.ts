/**
 * mlintern-nb JupyterLab extension: inserts `%mlintern load`'s planned cells, a side panel with the
 * paper / planned cells / attempt history (Accept / Reject), and the commands
 * "mlintern: fix this cell" (palette + cell toolbar) and "mlintern: reproduce paper…".
 */
import { ILabShell, JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { ICommandPalette, InputDialog, Notification } from '@jupyterlab/apputils';
import { INotebookTracker, NotebookActions } from '@jupyterlab/notebook';
import { IRenderMimeRegistry } from '@jupyterlab/rendermime';
import { bugIcon, fileIcon } from '@jupyterlab/ui-components';

import { storeProposal, undoInsert } from './cells';
import { MIME_PROPOSAL, fixCode, textKey } from './logic';
import { MLInternPanel } from './panel';
import { rendererFactories } from './renderers';

const CMD_FIX = 'mlintern:fix-cell';
const CMD_REPRODUCE = 'mlintern:reproduce';
const CMD_PANEL = 'mlintern:open-panel';
const CMD_UNDO = 'mlintern:undo-insert';

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'mlintern-nb:plugin',
  description: 'mlintern_nb: planned cells, paper panel, fix commands.',
  autoStart: true,
  requires: [INotebookTracker, IRenderMimeRegistry],
  optional: [ICommandPalette, ILabShell],
  activate: (
    app: JupyterFrontEnd,
    tracker: INotebookTracker,
    rendermime: IRenderMimeRegistry,
    palette: ICommandPalette | null
  ) => {
    const panel = new MLInternPanel(tracker);
    panel.title.icon = bugIcon;
    app.shell.add(panel, 'right', { rank: 900 });
    for (const f of rendererFactories(tracker, () => panel.refresh())) {
      rendermime.addFactory(f, 0);
    }

    app.commands.addCommand(CMD_PANEL, {
      label: 'mlintern: open panel',
      execute: () => app.shell.activateById(panel.id)
    });

    app.commands.addCommand(CMD_UNDO, {
      label: 'mlintern: undo the cells inserted by this cell',
      execute: () => {
        const nb = tracker.currentWidget;
        const cell = tracker.activeCell;
        if (nb && cell) {
          const n = undoInsert(nb, cell.model);
          Notification.info(n ? `mlintern: removed ${n} inserted cells` : 'mlintern: this cell inserted no cells');
          panel.refresh();
        }
      }
    });

    app.commands.addCommand(CMD_FIX, {
      label: 'mlintern: fix this cell',
      caption: 'Propose a fix for the failing cell (review it in the mlintern panel)',
      icon: bugIcon,
      isEnabled: () => tracker.activeCell?.model.type === 'code',
      execute: async () => {
        const nb = tracker.currentWidget;
        const cell = tracker.activeCell;
        const kernel = nb?.sessionContext.session?.kernel;
        if (!nb || !cell || !kernel) {
          Notification.warning('mlintern: select a code cell of a notebook with a running kernel');
          return;
        }
        const code = fixCode(cell.model.sharedModel.getSource());
        const future = kernel.requestExecute({ code, store_history: false, silent: false });
        let got = false;
        future.onIOPub = msg => {
          const t = msg.header.msg_type;
          const content = msg.content as any;
          if ((t === 'display_data' || t === 'execute_result') && content.data?.[MIME_PROPOSAL]) {
            const proposal = content.data[MIME_PROPOSAL].proposal;
            storeProposal(cell.model, proposal, textKey(JSON.stringify(proposal.new_source) + (proposal.fixer ?? '')));
            got = true;
            app.shell.activateById(panel.id);
            panel.refresh();
          } else if (t === 'error') {
            Notification.error(`mlintern: fix failed: ${content.ename}: ${content.evalue}`);
          } else if (t === 'stream' && !got) {
            Notification.info(String(content.text).trim().slice(0, 300));
          }
        };
        await future.done;
      }
    });

    app.commands.addCommand(CMD_REPRODUCE, {
      label: 'mlintern: reproduce paper…',
      icon: fileIcon,
      execute: async () => {
        const nb = tracker.currentWidget;
        if (!nb) {
          Notification.warning('mlintern: open a notebook first');
          return;
        }
        const res = await InputDialog.getText({ title: 'Reproduce a paper', label: 'PDF path', placeholder: 'paper.pdf' });
        const path = res.value?.trim();
        if (!res.button.accept || !path) {
          return;
        }
        NotebookActions.insertBelow(nb.content);
        nb.content.activeCell?.model.sharedModel.setSource(`%load_ext mlintern_nb\n%mlintern load ${JSON.stringify(path)}`);
        await NotebookActions.run(nb.content, nb.sessionContext);
      }
    });

    if (palette) {
      for (const command of [CMD_FIX, CMD_REPRODUCE, CMD_PANEL, CMD_UNDO]) {
        palette.addItem({ command, category: 'mlintern' });
      }
    }
  }
};

export default plugin;
