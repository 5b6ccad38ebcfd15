// Charts of the statistics page, drawn with ECharts from the JSON the page carries in data-charts.
(function () {
  function draw() {
    var holder = document.getElementById('stats-charts');
    if (!holder || typeof echarts === 'undefined') {
      return;
    }
    var d = JSON.parse(holder.getAttribute('data-charts'));
    var charts = [];
    function chart(id, option) {
      var el = document.getElementById(id);
      if (!el) {
        return;
      }
      var c = echarts.init(el, null, { renderer: 'canvas' });
      option.aria = { enabled: true };
      c.setOption(option);
      charts.push(c);
    }
    var grid = { left: 48, right: 16, top: 32, bottom: 56, containLabel: true };
    chart('chart-weekly', {
      tooltip: { trigger: 'axis' },
      legend: { data: ['Tiếp nhận mới', 'Đã giải quyết'] },
      grid: grid,
      xAxis: { type: 'category', data: d.weeks, axisLabel: { rotate: 45 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'Tiếp nhận mới', type: 'bar', data: d.received, itemStyle: { color: '#0d6efd' } },
        { name: 'Đã giải quyết', type: 'bar', data: d.resolved, itemStyle: { color: '#198754' } }
      ]
    });
    chart('chart-on-time', {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v.toFixed(1) + '%'; } },
      grid: grid,
      xAxis: { type: 'category', data: d.weeks, axisLabel: { rotate: 45 } },
      yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      series: [{ name: 'Đúng hạn', type: 'line', data: d.onTime, connectNulls: true, itemStyle: { color: '#198754' } }]
    });
    chart('chart-channels', {
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ name: 'Kênh', type: 'pie', radius: ['35%', '65%'], data: d.channels }]
    });
    chart('chart-procedures', {
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: d.procedures.slice().reverse(),
               axisLabel: { width: 160, overflow: 'truncate' } },
      series: [{ name: 'Tiếp nhận mới', type: 'bar', data: d.procedureReceived.slice().reverse(), itemStyle: { color: '#0d6efd' } }]
    });
    chart('chart-agencies', {
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v == null ? '–' : v.toFixed(1) + '%'; } },
      grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', data: d.agencies, axisLabel: { width: 200, overflow: 'truncate' } },
      series: [{ name: 'Đúng hạn', type: 'bar', data: d.agencyOnTime, itemStyle: { color: '#198754' } }]
    });
    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
