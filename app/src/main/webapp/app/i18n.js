// Language and number formatting. The user's choice of language is kept in localStorage (a preference, not a
// secret); the default follows the browser. Texts stay beside their use as L(english, dutch).

const KEY = 'kringloop.lang';

export let lang = localStorage.getItem(KEY) || ((navigator.language || 'nl').toLowerCase().startsWith('nl') ? 'nl' : 'en');

export function setLang(l) {
  lang = l === 'en' ? 'en' : 'nl';
  localStorage.setItem(KEY, lang);
  document.documentElement.lang = lang;
}

export const L = (en, nl) => (lang === 'nl' ? nl : en);

const locale = () => (lang === 'nl' ? 'nl-NL' : 'en-GB');
const cache = new Map();
function nf(opts) {
  const k = locale() + JSON.stringify(opts);
  if (!cache.has(k)) cache.set(k, new Intl.NumberFormat(locale(), opts));
  return cache.get(k);
}

/** numbers as people read them: thousands separators, a sensible number of decimals, the unit after a space */
export const fmt = {
  num(x, maxDigits) {
    if (x === null || x === undefined || Number.isNaN(x)) return '—';
    const d = maxDigits ?? (Math.abs(x) >= 100 ? 0 : Math.abs(x) >= 1 ? 2 : 4);
    return nf({ maximumFractionDigits: d }).format(x);
  },
  /** gram values as submitted: every digit up to 3 decimals */
  gram(x) { return x === null || x === undefined ? '—' : nf({ maximumFractionDigits: 3 }).format(x) + ' g'; },
  percent(x) { return x === null || x === undefined ? '—' : nf({ maximumFractionDigits: 1 }).format(x) + ' %'; },
  euro(x) { return x === null || x === undefined ? '—' : '€ ' + nf({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x); },
  years(x) { return x === null || x === undefined ? '—' : nf({ maximumFractionDigits: 1 }).format(x) + ' ' + L('years', 'jaar'); },
  qty(x, unit) { return nf({ maximumFractionDigits: 3 }).format(x) + (unit ? ' ' + unit : ''); },
  date(iso) {
    if (!iso) return '—';
    return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
  },
};

export function severityLabel(s) {
  switch ((s || '').toLowerCase()) {
    case 'error': return L('error', 'fout');
    case 'warning': return L('warning', 'waarschuwing');
    default: return L('info', 'info');
  }
}
