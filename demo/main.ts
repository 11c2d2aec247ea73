/**
 * Shared by every demo page: loads the kit from source, the demo chrome (page,
 * language and theme switchers) and the operator panel. The host pages themselves
 * use creditkit only through tags, attributes, events and theming.
 */
import '../src/creditkit.js';
import './operator-panel.js';

export const PAGES = [
  { href: './agency.html', preset: 'agency-credits', label: 'Agency client portal', de: 'Agentur-Kundenportal' },
  { href: './saas.html', preset: 'usage-billing', label: 'SaaS usage & billing', de: 'SaaS-Abrechnung' },
  { href: './ai.html', preset: 'ai-credits', label: 'AI image generator', de: 'KI-Bildgenerator' },
  { href: './scanner.html', preset: 'scan-credits', label: 'Security scanner', de: 'Sicherheits-Scanner' },
] as const;

const THEMES = [
  { id: 'light', label: 'Light' },
  { id: 'dark', label: 'Dark' },
  { id: 'brand', label: 'Brand' },
] as const;

const stored = (key: string, fallback: string) => localStorage.getItem(`creditkit-demo:${key}`) ?? fallback;

/** Sets the kit's language: `lang` on <html> (host text) and every provider's `locale`. */
export function setLocale(locale: string): void {
  localStorage.setItem('creditkit-demo:locale', locale);
  document.documentElement.lang = locale;
  for (const p of document.querySelectorAll('credit-provider')) p.locale = locale;
  translateHost(locale.startsWith('de'));
}

/**
 * The host pages' own copy in German too, so a German page is German throughout:
 * an element with `data-de` shows that text on German, its English text
 * otherwise; `data-de-label` does the same for `aria-label`.
 */
function translateHost(german: boolean): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-de]')) {
    el.dataset.en ??= el.textContent ?? '';
    el.textContent = german ? el.dataset.de! : el.dataset.en;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-de-label]')) {
    el.dataset.enLabel ??= el.getAttribute('aria-label') ?? '';
    el.setAttribute('aria-label', german ? el.dataset.deLabel! : el.dataset.enLabel);
  }
}

/** Light, dark, or a brand theme made only of tokens and ::part() rules (demo.css). */
export function setTheme(theme: string): void {
  localStorage.setItem('creditkit-demo:theme', theme);
  document.documentElement.dataset.theme = theme;
}

function select(
  id: string,
  label: string,
  options: readonly { id: string; label: string }[],
  value: string,
  onChange: (v: string) => void,
): HTMLLabelElement {
  const wrap = document.createElement('label');
  wrap.htmlFor = id;
  wrap.textContent = `${label} `;
  const el = document.createElement('select');
  el.id = id;
  for (const o of options) el.add(new Option(o.label, o.id, false, o.id === value));
  el.addEventListener('change', () => onChange(el.value));
  wrap.append(el);
  return wrap;
}

function demoBar(): void {
  const bar = document.querySelector<HTMLElement>('[data-demo-bar]');
  if (!bar) return;
  bar.setAttribute('aria-label', 'Demo controls');
  const nav = document.createElement('span');
  nav.className = 'demo-pages';
  const home = Object.assign(document.createElement('a'), { href: './index.html', textContent: 'creditkit demo' });
  nav.append(home);
  for (const page of PAGES) {
    const a = Object.assign(document.createElement('a'), { href: page.href, textContent: page.label });
    a.dataset.de = page.de;
    if (location.pathname.endsWith(page.href.slice(1))) a.setAttribute('aria-current', 'page');
    nav.append(a);
  }
  bar.append(
    nav,
    select(
      'demo-locale',
      'Language',
      [
        { id: 'en', label: 'English' },
        { id: 'de', label: 'Deutsch' },
      ],
      document.documentElement.lang,
      setLocale,
    ),
    select('demo-theme', 'Theme', THEMES, document.documentElement.dataset.theme ?? 'light', setTheme),
  );
}

/** The in-page mock's portal link points at a host that only exists inside the page: show it instead. */
function portalNotice(): void {
  document.addEventListener('credit-portal-open', (event) => {
    event.preventDefault();
    const dialog = document.createElement('dialog');
    dialog.className = 'demo-dialog';
    const title = Object.assign(document.createElement('h2'), { textContent: 'Customer portal' });
    const text = Object.assign(document.createElement('p'), {
      textContent:
        'The backend handed out this billing-portal link. With Stripe configured it is a Stripe customer-portal session; against `npm run mock-server` it opens the mock portal page. The in-page mock has no real host, so the demo shows the link instead of navigating:',
    });
    const code = Object.assign(document.createElement('code'), { textContent: event.detail.url });
    const close = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Close' });
    close.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => dialog.remove());
    dialog.append(title, text, code, close);
    document.body.append(dialog);
    dialog.showModal();
  });
}

setLocale(stored('locale', document.documentElement.lang || 'en'));
setTheme(stored('theme', 'light'));
demoBar();
translateHost(document.documentElement.lang.startsWith('de'));
portalNotice();
document.body.append(document.createElement('demo-operator-panel'));
