// The tier map of /strategy in plain JS (tests/bench/baseline/strategy.html): the same
// option as src/charts/strategy/tier_map.rs and src/domain/tiers.rs build, from the same
// data/tiers.json and data/operators.json, drawn with the app's ECharts bundle. Chinese,
// the app's default language.

const COLORS = { optimisation: '#5b8ff9', extension: '#f6bd16', transformation: '#e8684a' };

// Offsets of operator i of n inside its tier's unit block (domain::tiers::spread).
function spread(n, i) {
  const columns = n <= 3 ? 1 : 2;
  const rows = Math.max(1, Math.ceil(n / columns));
  const column = Math.floor(i / rows);
  const row = i % rows;
  const x = columns === 1 ? 0.3 : 0.04 + 0.51 * column;
  const y = rows === 1 ? 0.45 : 0.72 - (0.57 * row) / (rows - 1);
  return [x, y];
}

const round3 = (v) => Math.round(v * 1000) / 1000;

function ordinalAxis(name, max) {
  return {
    type: 'value',
    min: 0,
    max,
    interval: 1,
    name,
    nameLocation: 'middle',
    nameGap: 16,
    nameTextStyle: { fontSize: 13, color: '#1b2430' },
    axisLabel: { show: false },
    axisTick: { show: false },
    axisLine: { show: true },
    splitLine: { show: true, lineStyle: { color: '#d9dee5' } },
  };
}

function tierMap(tiersFile, operatorsFile) {
  const tiers = [...tiersFile.tiers].sort((a, b) => a.rank - b.rank);
  const max = Math.max(0, ...tiers.map((t) => t.rank));
  const axisName = (id) => {
    const axis = tiersFile.axes.find((a) => a.id === id);
    return axis ? `${axis.name.zh} →` : '';
  };
  const operatorName = (id) => operatorsFile.operators.find((op) => op.id === id)?.name.zh ?? id;
  const series = tiers.map((tier) => {
    const base = tier.rank - 1;
    const color = COLORS[tier.id];
    const n = tier.operators.length;
    return {
      type: 'scatter',
      name: tier.name.zh,
      symbolSize: 16,
      itemStyle: { color, borderColor: '#fff', borderWidth: 1 },
      label: { show: true, position: 'right', formatter: '{b}', color: '#1b2430', fontSize: 11 },
      markArea: {
        silent: true,
        label: { show: true, position: 'insideTop', color, fontWeight: 'bold', fontSize: 13 },
        itemStyle: { color, opacity: 0.1 },
        data: [[
          { name: tier.name.zh, xAxis: String(base), yAxis: String(base) },
          { xAxis: String(base + 1), yAxis: String(base + 1) },
        ]],
      },
      data: tier.operators.map((id, i) => {
        const [dx, dy] = spread(n, i);
        return { value: [round3(base + dx), round3(base + dy)], name: operatorName(id) };
      }),
    };
  });
  return {
    // Canvas tooltips, as the app draws them (its CSP forbids ECharts' HTML tooltips).
    tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p) => `${p.seriesName}\n${p.name}` },
    legend: { top: 0 },
    grid: { left: 36, right: 56, top: 36, bottom: 36 },
    xAxis: ordinalAxis(axisName('service-capability'), max),
    yAxis: ordinalAxis(axisName('infrastructure'), max),
    series,
  };
}

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function main() {
  const [tiers, operators] = await Promise.all([json('/data/tiers.json'), json('/data/operators.json')]);
  const chart = echarts.init(document.getElementById('tier-map'));
  chart.setOption(tierMap(tiers, operators), { notMerge: true });
  addEventListener('resize', () => chart.resize());
}

main().catch((err) => {
  const box = document.getElementById('error');
  box.textContent = String(err);
  box.hidden = false;
});
