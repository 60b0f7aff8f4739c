// The deck's controls, inlined: ← → (and PageUp/PageDown, Space, Home, End) turn the slides,
// F or the button toggles full screen, the slide number stays in the address (#3), and the
// 1600×900 canvas is zoomed to the window. Every chart is drawn once at load from its JSON,
// hidden slides included (they are laid out, only invisible), so printing shows them all.
(function () {
  "use strict";
  var pages = Array.prototype.slice.call(document.querySelectorAll(".page"));
  var counter = document.getElementById("counter");
  var current = 0;

  function show(index) {
    current = Math.max(0, Math.min(pages.length - 1, index));
    pages.forEach(function (page, i) { page.classList.toggle("current", i === current); });
    counter.textContent = counter.dataset.template
      .replace("{number}", String(current + 1)).replace("{count}", String(pages.length));
    document.getElementById("previous").disabled = current === 0;
    document.getElementById("next").disabled = current === pages.length - 1;
    if (location.hash !== "#" + (current + 1)) {
      history.replaceState(null, "", "#" + (current + 1));
    }
  }

  function fit() {
    var style = getComputedStyle(document.documentElement);
    var room = window.innerHeight - parseFloat(style.getPropertyValue("--controls"));
    var scale = Math.min(window.innerWidth / 1600, room / 900);
    var root = document.documentElement.style;
    // A zoomed element's offsets are zoomed too, so they are given in canvas pixels.
    root.setProperty("--scale", String(scale));
    root.setProperty("--left", Math.max(0, (window.innerWidth / scale - 1600) / 2) + "px");
    root.setProperty("--top", Math.max(0, (room / scale - 900) / 2) + "px");
  }

  function fullscreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen();
    }
  }

  var keys = {
    ArrowRight: 1, ArrowDown: 1, PageDown: 1, " ": 1,
    ArrowLeft: -1, ArrowUp: -1, PageUp: -1
  };
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    if (event.key in keys) { show(current + keys[event.key]); }
    else if (event.key === "Home") { show(0); }
    else if (event.key === "End") { show(pages.length - 1); }
    else if (event.key === "f" || event.key === "F") { fullscreen(); }
    else { return; }
    event.preventDefault();
  });
  document.getElementById("previous").addEventListener("click", function () { show(current - 1); });
  document.getElementById("next").addEventListener("click", function () { show(current + 1); });
  document.getElementById("fullscreen").addEventListener("click", fullscreen);

  // Charts are drawn unzoomed: plotly sizes its margins from the drawn labels, and would
  // measure them in zoomed pixels. The canvas is fitted afterwards, and names beside points
  // are placed again in it: text zoomed by the browser is not exactly the unzoomed text
  // scaled. Drawing waits for the embedded typeface: labels measured in a fallback font and
  // then shown in the deck's own would overlap.
  var charts = [];
  function draw() {
    return Promise.all(Array.prototype.map.call(document.querySelectorAll("script.figure"),
                                                function (data) {
      var figure = JSON.parse(data.textContent);
      var layout = figure.layout || {};
      layout.autosize = true;
      return Plotly.newPlot(data.dataset.target, figure.data, layout,
                            { displayModeBar: false, displaylogo: false, responsive: false })
        .then(function (div) { charts.push([div, figure]); });
    }));
  }
  // Placed two frames after the zoom is set: until then the browser measures a chart's text at
  // the zoom before, and a name moved by that measure could land on its neighbour.
  function fitted() {
    fit();
    return new Promise(function (done) {
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          charts.forEach(function (chart) { placePointLabels(chart[0], chart[1]); });
          done();
        });
      });
    });
  }
  var typeface = Promise.all(Array.prototype.map.call(document.fonts, function (face) {
    return face.load();
  }));
  typeface.then(draw, draw).then(fitted).then(function () {
    document.body.dataset.drawn = "true";
    window.addEventListener("resize", fitted);
  });
  var start = parseInt(location.hash.slice(1), 10);
  show(isNaN(start) ? 0 : start - 1);
}());
