// Draws the dashboard's charts from data.json (the same figures as the tables beside them).
// Without JavaScript the page still works: every chart has a server-rendered table.
(function () {
  "use strict";
  var root = document.getElementById("charts");
  if (!root || typeof Chart === "undefined") { return; }
  var OUTCOME_COLORS = {
    forwarded: "#2b6cb0", blocked: "#c05621", rejected: "#6b46c1",
    upstream_error: "#b83280", detector_error: "#2f855a"
  };
  var PALETTE = ["#2b6cb0", "#c05621", "#2f855a", "#6b46c1", "#b83280", "#975a16", "#285e61", "#4a5568"];
  Chart.defaults.animation = false;
  Chart.defaults.color = "#1a1a1a";
  Chart.defaults.maintainAspectRatio = false;

  function color(i) { return PALETTE[i % PALETTE.length]; }
  function unique(list) { return list.filter(function (v, i) { return list.indexOf(v) === i; }); }
  function bar(id, labels, datasets, options) {
    var canvas = document.getElementById(id);
    if (!canvas) { return; }
    canvas.dataset.drawn = "true";
    return new Chart(canvas, {
      type: "bar", data: { labels: labels, datasets: datasets },
      options: Object.assign({ scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }, options || {})
    });
  }

  function draw(stats) {
    var days = Object.keys(stats.requests_by_day);
    var outcomes = unique([].concat.apply([], days.map(function (d) { return Object.keys(stats.requests_by_day[d]); })));
    bar("chart-days", days, outcomes.map(function (o, i) {
      return { label: o, backgroundColor: OUTCOME_COLORS[o] || color(i),
               data: days.map(function (d) { return stats.requests_by_day[d][o] || 0; }) };
    }));

    var teams = unique(stats.traffic.map(function (t) { return t.team; }));
    var regions = unique(stats.traffic.map(function (t) { return t.region; }));
    bar("chart-traffic", teams, regions.map(function (r, i) {
      return { label: "region " + r, backgroundColor: color(i), data: teams.map(function (team) {
        var row = stats.traffic.find(function (t) { return t.team === team && t.region === r; });
        return row ? row.requests : 0;
      }) };
    }));

    var entities = unique(stats.detections.map(function (d) { return d.entity; }));
    var actions = unique(stats.detections.map(function (d) { return d.action; }));
    bar("chart-detections", entities, actions.map(function (a, i) {
      return { label: a, backgroundColor: color(i), data: entities.map(function (e) {
        var row = stats.detections.find(function (d) { return d.entity === e && d.action === a; });
        return row ? row.count : 0;
      }) };
    }), { indexAxis: "y", scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } } });

    bar("chart-refusals", stats.refusals.map(function (r) { return r.label; }), [{
      label: "requests", backgroundColor: "#c05621", data: stats.refusals.map(function (r) { return r.requests; })
    }], { plugins: { legend: { display: false } } });

    var latency = document.getElementById("chart-latency");
    if (latency) {
      latency.dataset.drawn = "true";
      new Chart(latency, {
        type: "line",
        data: { labels: stats.latency.map(function (l) { return l.day; }), datasets: ["p50", "p95", "p99"].map(function (p, i) {
          return { label: p, borderColor: color(i), backgroundColor: color(i), data: stats.latency.map(function (l) { return l[p]; }) };
        }) },
        options: { scales: { y: { beginAtZero: true, title: { display: true, text: "ms" } } } }
      });
    }
    root.dataset.loaded = "true";
  }

  fetch(root.dataset.statsUrl, { credentials: "same-origin", headers: { accept: "application/json" } })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(draw)
    .catch(function () { root.dataset.loaded = "error"; });
})();
