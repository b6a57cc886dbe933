const svgNs = 'http://www.w3.org/2000/svg';
const dayMs = 86_400_000;
const maxFilledDays = 120;
const barWidth = 26;
const gap = 10;
const plotHeight = 100;
const top = 16;
const bottom = 22;

function s(tag, attributes = {}, text) {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = String(text);
  return element;
}

// Days without complaints are drawn as gaps, so a burst looks like a burst.
export function timelineChart(timeline) {
  const days = filled(timeline);
  if (days.length === 0) {
    const empty = document.createElement('p');
    empty.className = 'empty';
    empty.textContent = 'No timeline.';
    return empty;
  }
  const max = Math.max(1, ...days.map(d => d.complaints));
  const width = days.length * (barWidth + gap) + gap;
  const labelEvery = Math.ceil(days.length / 12);
  const svg = s('svg', {
    class: 'timeline', viewBox: `0 0 ${width} ${top + plotHeight + bottom}`, width, height: top + plotHeight + bottom,
    role: 'img', 'aria-label': 'Complaints per day', 'data-testid': 'timeline',
  });
  svg.append(s('line', { x1: 0, x2: width, y1: top + plotHeight, y2: top + plotHeight, class: 'axis' }));
  days.forEach((day, i) => {
    const x = gap + i * (barWidth + gap);
    const height = Math.round(day.complaints / max * plotHeight);
    const bar = s('rect', {
      x, y: top + plotHeight - height, width: barWidth, height, class: 'bar', 'data-testid': 'timeline-bar', 'data-day': day.day,
    });
    bar.append(s('title', {}, `${day.day}: ${day.complaints} complaint(s)`));
    svg.append(bar);
    if (day.complaints > 0)
      svg.append(s('text', { x: x + barWidth / 2, y: top + plotHeight - height - 3, class: 'count' }, day.complaints));
    if (i % labelEvery === 0)
      svg.append(s('text', { x: x + barWidth / 2, y: top + plotHeight + 15, class: 'label' }, day.day.slice(5)));
  });
  return svg;
}

function filled(timeline) {
  const known = new Map(timeline.map(d => [d.day, d.complaints]));
  const sorted = [...known.keys()].sort();
  if (sorted.length === 0) return [];
  const first = Date.parse(`${sorted[0]}T00:00:00Z`);
  const last = Date.parse(`${sorted.at(-1)}T00:00:00Z`);
  const span = Math.round((last - first) / dayMs) + 1;
  if (!(span > 0) || span > maxFilledDays)
    return sorted.map(day => ({ day, complaints: known.get(day) }));
  return Array.from({ length: span }, (_, i) => {
    const day = new Date(first + i * dayMs).toISOString().slice(0, 10);
    return { day, complaints: known.get(day) ?? 0 };
  });
}
