// Draws one plotly figure with plotly.js's basic bundle (scatter and bar: all our charts use),
// loaded once per page from the app's static folder. Streamlit's own plotly element carries the
// full bundle, whose start-up alone was most of a chart page's drawing time (ADR 0007).

// Four corners: the usual "full screen" sign.
const FULL_SCREEN_ICON = {
  width: 1000, height: 1000,
  path: "M0 0h400v120H120v280H0zM600 0h400v400H880V120H600zM0 600h120v280h280v120H0z"
    + "M880 600h120v400H600V880h280z",
};
let loading = null;

// The bundle's address changes with its content (ui/chart.py), so a copy in the browser's cache
// is always the right one: "force-cache" takes it without asking the server, which would send
// all of it again. The script runs from that copy.
async function loadBundle(address) {
  const response = await fetch(new URL(address, document.baseURI), {cache: "force-cache"});
  if (!response.ok) throw new Error(`${address}: ${response.status}`);
  const source = URL.createObjectURL(await response.blob());
  try {
    await new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = source;
      script.onload = resolve;
      script.onerror = () => reject(new Error(`${address} did not run`));
      document.head.append(script);
    });
  } finally {
    URL.revokeObjectURL(source);
  }
  return window.Plotly;
}

function plotly(address) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  if (loading === null) {
    loading = loadBundle(address).catch((error) => { loading = null; throw error; });
  }
  return loading;
}

function fitScreen(Plotly, div, height, figure) {
  Plotly.relayout(div, {height: document.fullscreenElement === div ? window.innerHeight : height})
    .then(() => placePointLabels(div, figure));
}

// What a drawn chart listens to, per chart element: dropped before it is drawn again or removed.
const listening = new WeakMap();

function stopListening(div) {
  const stop = listening.get(div);
  if (stop !== undefined) stop();
  listening.delete(div);
}

export default function ({ parentElement, data }) {
  let div = parentElement.querySelector(".bso-chart");
  if (div === null) {
    div = document.createElement("div");
    div.className = "bso-chart";
    parentElement.append(div);
  }
  const figure = JSON.parse(data.figure);
  const height = figure.layout.height;
  let removed = false;
  // Labels are measured as drawn: in the page's typeface once it is loaded, not a fallback.
  Promise.all([plotly(data.bundle), document.fonts.ready]).then(([Plotly]) => {
    if (removed) return;
    const fullScreen = {
      name: "fullscreen", title: data.fullScreen, icon: FULL_SCREEN_ICON,
      click: () => document.fullscreenElement === div
        ? document.exitFullscreen() : div.requestFullscreen(),
    };
    Plotly.react(div, figure.data, figure.layout,
                 {displaylogo: false, responsive: true, modeBarButtonsToAdd: [fullScreen]})
      .then(() => placePointLabels(div, figure));
    stopListening(div);
    // The sidebar opening or closing changes the width without resizing the window. A chart
    // being replaced or hidden by a rerun resizes too; plotly.js refuses (an uncaught error)
    // to resize one that is not displayed, so that is asked first, as plotly.js's own
    // window-resize handler does.
    const observer = new ResizeObserver(() => {
      const display = getComputedStyle(div).display;
      if (display && display !== "none") {
        Plotly.Plots.resize(div).then(() => placePointLabels(div, figure));
      }
    });
    observer.observe(parentElement instanceof ShadowRoot ? parentElement.host : parentElement);
    const onFullScreen = () => fitScreen(Plotly, div, height, figure);
    div.addEventListener("fullscreenchange", onFullScreen);
    listening.set(div, () => {
      observer.disconnect();
      div.removeEventListener("fullscreenchange", onFullScreen);
    });
  });
  return () => {
    removed = true;
    stopListening(div);
    window.Plotly?.purge(div);
  };
}
