/**
 * custom-elements.json as shipped: what IDEs, Storybook and the generated JSX
 * typings read. Every part a template renders is documented on its element (a
 * designer can only theme what they can find), every global `--credit-*` token
 * the styles read is declared, and every event names its class.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const ROOT = join(import.meta.dirname, '../..');

interface Declaration {
  name: string;
  tagName?: string;
  cssParts?: { name: string }[];
  cssProperties?: { name: string; description?: string }[];
  events?: { name: string; type?: { text: string } }[];
  dependencies?: string[];
}
const manifest = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [[d.tagName, d] as const] : [])),
);

/** Source files of an element folder (recursively), or of the shared base. */
function sources(folder: string): string[] {
  const dir = join(ROOT, 'src/elements', folder);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.styles.ts') && !f.endsWith('.messages.ts'))
    .map((f) => join(dir, f));
}

/**
 * Part names a template's `part="…"` attribute can produce: plain tokens, string
 * literals inside `${…}` (`part="package${on ? ' package-selected' : ''}"`), and
 * for interpolated tokens (`row-${status}`) their static prefix, marked with `*`.
 */
export function partsIn(source: string): string[] {
  const found: string[] = [];
  for (const [, value] of source.matchAll(/\bpart="((?:[^"$]|\$\{[^}]*\})*)"/g)) {
    const literals = [...value!.matchAll(/\$\{([^}]*)\}/g)].flatMap(([, expr]) =>
      [...expr!.matchAll(/[?:]\s*'([^']*)'/g)].flatMap(([, text]) => text!.split(/\s+/)),
    );
    // An expression of string literals adds whole tokens; any other one glued to
    // a token (`row-${status}`) completes that token.
    const outside = value!.replace(/\$\{[^}]*\}/g, (expr: string, offset: number) =>
      !expr.includes("'") && /[\w-]$/.test(value!.slice(0, offset)) ? '*' : ' ',
    );
    found.push(...outside.split(/\s+/), ...literals);
  }
  return found.filter(Boolean);
}

describe('custom-elements.json', () => {
  it('documents every part each element renders', () => {
    const missing: string[] = [];
    for (const [tag, element] of elements) {
      const documented = new Set((element.cssParts ?? []).map((p) => p.name));
      const files = [...sources(tag), ...(tag === 'credit-provider' ? [] : sources('base'))];
      for (const file of files) {
        for (const part of partsIn(readFileSync(file, 'utf8'))) {
          const ok = part.endsWith('*')
            ? [...documented].some((name) => name.startsWith(part.slice(0, -1)))
            : documented.has(part);
          if (!ok) missing.push(`<${tag}> ${part} (${file.slice(ROOT.length + 1)})`);
        }
      }
    }
    assert.deepEqual(missing, [], `parts rendered but not documented with @csspart:\n${missing.join('\n')}`);
  });

  it('finds parts in static, conditional and interpolated part attributes', () => {
    assert.deepEqual(partsIn('<p part="a b">'), ['a', 'b']);
    assert.deepEqual(partsIn(`<p part="package\${on ? ' package-selected' : ''}">`), ['package', 'package-selected']);
    assert.deepEqual(partsIn('<tr part="row row-${s}">'), ['row', 'row-*']);
  });

  it('declares every global --credit-* token the styles read, on every element', () => {
    const styles = readFileSync(join(ROOT, 'src/theme/tokens.styles.ts'), 'utf8');
    const read = new Set([...styles.matchAll(/var\((--credit-[a-z-]+)/g)].map(([, name]) => name!));
    assert.ok(read.size >= 20, `expected the token set, found ${read.size}`);
    for (const [tag, element] of elements) {
      const declared = new Set((element.cssProperties ?? []).map((p) => p.name));
      const missing = [...read].filter((token) => !declared.has(token));
      assert.deepEqual(missing, [], `<${tag}> does not declare ${missing.join(', ')}`);
    }
  });

  it('lists as dependencies (@dependency) exactly the elements each template renders', () => {
    for (const [tag, element] of elements) {
      const rendered = new Set<string>();
      for (const file of sources(tag)) {
        const code = readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
          .join('\n');
        for (const [, child] of code.matchAll(/<(credit-[a-z-]+)[\s>]/g)) if (child !== tag) rendered.add(child!);
      }
      assert.deepEqual([...(element.dependencies ?? [])].sort(), [...rendered].sort(), `<${tag}> @dependency`);
    }
  });

  it('names the class of every event, so typings can type its detail', () => {
    const untyped = [...elements.values()].flatMap((d) =>
      (d.events ?? []).filter((e) => !/^Credit\w+Event$/.test(e.type?.text ?? '')).map((e) => `${d.tagName} ${e.name}`),
    );
    assert.deepEqual(untyped, []);
  });
});
