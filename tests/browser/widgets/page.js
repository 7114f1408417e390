// The test page: the current @jupyter-widgets manager and controls (the code JupyterLab 4 and
// Notebook 7 run), talking to a kernel through a Jupyter server with @jupyterlab/services, as the
// ipywidgets "web3" example does. Bundled by esbuild (see test_widgets_browser.py); written for this
// project, not copied.
import { KernelManager, ServerConnection } from '@jupyterlab/services';
import { HTMLManager } from '@jupyter-widgets/html-manager';
import { renderWidgets } from '@jupyter-widgets/html-manager/lib/libembed';
import { shims } from '@jupyter-widgets/base';
import '@jupyter-widgets/controls/css/widgets.css';

const VIEW = 'application/vnd.jupyter.widget-view+json';

/** An HTMLManager whose models live in a kernel: comms through the kernel connection. */
class KernelWidgetManager extends HTMLManager {
  constructor(kernel) {
    super();
    this.kernel = kernel;
    kernel.registerCommTarget(this.comm_target_name, async (comm, msg) => {
      await this.handle_comm_open(new shims.services.Comm(comm), msg);
    });
  }

  async _create_comm(target, modelId, data, metadata, buffers) {
    const comm = this.kernel.createComm(target, modelId);
    if (data || metadata) {
      comm.open(data, metadata, buffers);
    }
    return new shims.services.Comm(comm);
  }

  async _get_comm_info() {
    const reply = await this.kernel.requestCommInfo({ target_name: this.comm_target_name });
    return reply.content.comms;
  }
}

const log = (text) => { window.testLog.push(text); };
window.testLog = [];

/** Starts a kernel on the server and returns a function that runs a cell and shows its widget views. */
window.startLive = async (baseUrl, token, kernelName) => {
  const settings = ServerConnection.makeSettings({ baseUrl, wsUrl: baseUrl.replace(/^http/, 'ws'), token, appendToken: true });
  const kernels = new KernelManager({ serverSettings: settings });
  const kernel = await kernels.startNew({ name: kernelName });
  const manager = new KernelWidgetManager(kernel);
  const cells = document.getElementById('cells');
  window.runCell = async (code) => {
    const out = document.createElement('div');
    out.className = 'cell-output';
    cells.appendChild(out);
    const future = kernel.requestExecute({ code });
    const views = [];
    future.onIOPub = (msg) => {
      const t = msg.header.msg_type;
      if ((t === 'execute_result' || t === 'display_data') && msg.content.data[VIEW]) {
        views.push((async () => {
          const model = await manager.get_model(msg.content.data[VIEW].model_id);
          const view = await manager.create_view(model);
          await manager.display_view(view, out);
        })());
      } else if (t === 'stream' || t === 'error') {
        log(t + ': ' + (msg.content.text || msg.content.evalue));
      }
    };
    const reply = await future.done;
    await Promise.all(views);
    return reply.content.status;
  };
  window.shutdownKernel = async () => { await kernel.shutdown(); };
  return kernel.id;
};

/** Renders the widget views of an executed notebook from its saved state, with no kernel. */
window.renderSaved = async (notebook) => {
  const host = document.getElementById('saved');
  const state = notebook.metadata.widgets['application/vnd.jupyter.widget-state+json'];
  const stateTag = document.createElement('script');
  stateTag.type = 'application/vnd.jupyter.widget-state+json';
  stateTag.textContent = JSON.stringify(state);
  host.appendChild(stateTag);
  let views = 0;
  for (const cell of notebook.cells) {
    for (const output of cell.outputs || []) {
      if (output.data && output.data[VIEW]) {
        const holder = document.createElement('div');
        holder.className = 'saved-view';
        const tag = document.createElement('script');
        tag.type = VIEW;
        tag.textContent = JSON.stringify(output.data[VIEW]);
        holder.appendChild(tag);
        host.appendChild(holder);
        views++;
      }
    }
  }
  await renderWidgets(() => new HTMLManager(), host);
  return views;
};
