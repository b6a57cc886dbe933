const dateTime = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
});

export function when(value) {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : dateTime.format(date);
}

export const number = (value, digits = 2) =>
  typeof value === 'number' ? value.toFixed(digits) : '—';

export const yesNo = value => value === true ? 'yes' : value === false ? 'no' : '—';

const kinds = {
  representativePhone: 'Representative phone',
  organization: 'Organization',
  device: 'Device',
  email: 'Email',
  complainantPhone: 'Complainant phone',
  template: 'Template',
  complainant: 'Complainant',
};

export const indicatorKind = kind => kinds[kind] ?? String(kind);

export const destinationClass = destination =>
  destination === 'fraud-review' ? 'route fraud' : destination ? 'route handling' : 'route none';
