/**
 * `npm run analyze` → custom-elements.json at the package root, from the JSDoc on
 * each element class (@summary, @slot, @fires, @csspart, @cssprop, @cssproperty).
 * Runs after `vite build`: module paths name the shipped files (dist/npm/…js).
 *
 * Our define files register tags through `defineElement('credit-x', CreditX)`
 * (tolerant of double registration), which the analyzer does not recognise, so the
 * `define-element` plugin below turns those calls into tag names and
 * `custom-element-definition` exports.
 */

import { readFileSync, writeFileSync } from 'node:fs';

/** Names of helpers that register a tag: `helper('tag-name', ClassName)`. */
const DEFINE_HELPERS = new Set(['defineElement']);

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function defineElementPlugin() {
  /** @type {{ modulePath: string; tag: string; className: string }[]} */
  const definitions = [];
  return {
    name: 'define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      if (!ts.isIdentifier(callee) || !DEFINE_HELPERS.has(callee.text)) return;
      const [tag, ctor] = node.arguments;
      if (!tag || !ctor || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(ctor)) return;
      definitions.push({ modulePath: moduleDoc.path, tag: tag.text, className: ctor.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const { modulePath, tag, className } of definitions) {
        // Prefer a class next to the define file (same folder), else any class of that name.
        const folder = modulePath.replace(/[^/]+$/, '');
        const candidates = modules.flatMap((mod) =>
          (mod.declarations ?? []).filter((d) => d.kind === 'class' && d.name === className).map((d) => ({ mod, d })),
        );
        const found = candidates.find(({ mod }) => mod.path.startsWith(folder)) ?? candidates[0];
        if (!found) continue;
        Object.assign(found.d, { customElement: true, tagName: tag });
        const defineModule = modules.find((mod) => mod.path === modulePath);
        if (defineModule) {
          defineModule.exports ??= [];
          if (!defineModule.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
            defineModule.exports.push({
              kind: 'custom-element-definition',
              name: tag,
              declaration: { name: className, module: found.mod.path },
            });
          }
        }
      }
    },
  };
}

/**
 * Tidies what the analyzer infers on its own: `dispatchEvent(new SomeEvent(…))`
 * yields a nameless event beside the documented `@fires` one, and abstract base
 * classes (the shared CreditElement) are not elements of their own.
 */
function tidyPlugin() {
  return {
    name: 'tidy',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = (customElementsManifest.modules ?? []).flatMap((mod) => mod.declarations ?? []);
      const bases = new Map(declarations.filter((d) => d.customElement && !d.tagName).map((d) => [d.name, d]));
      for (const d of declarations) {
        if (d.events) d.events = d.events.filter((e) => e.name);
        // Parts the base class renders (the shared error state) too, unless the element says more.
        const baseOfParts = d.tagName && d.superclass ? bases.get(d.superclass.name) : undefined;
        for (const part of baseOfParts?.cssParts ?? []) {
          d.cssParts ??= [];
          if (!d.cssParts.some((p) => p.name === part.name)) d.cssParts.push({ ...part });
        }
        // Attributes a base class documents (reflected states) belong to every element built on it.
        const base = d.tagName && d.superclass ? bases.get(d.superclass.name) : undefined;
        for (const attr of base?.attributes ?? []) {
          d.attributes ??= [];
          if (!d.attributes.some((a) => a.name === attr.name))
            d.attributes.push({ ...attr, inheritedFrom: { name: base.name, module: d.superclass.module } });
        }
      }
      for (const d of bases.values()) delete d.customElement;
    },
  };
}

/**
 * `@dependency credit-x` (Web Awesome's tag): the elements a composite renders and
 * its define file registers, kept as `dependencies` on the declaration (tools
 * and tests read it; importing the composite alone must define them).
 */
function dependencyPlugin() {
  /** @type {Map<string, string[]>} class name → tags */
  const found = new Map();
  return {
    name: 'dependency',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = ts
        .getJSDocTags(node)
        .filter((tag) => tag.tagName.text === 'dependency')
        .map((tag) => String(tag.comment ?? '').trim())
        .filter(Boolean);
      if (tags.length) found.set(node.name.text, tags);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of elementsOf(customElementsManifest)) {
        const tags = found.get(d.name);
        if (tags) d.dependencies = tags;
      }
    },
  };
}

/** Custom-element declarations of the manifest. */
function elementsOf(customElementsManifest) {
  return (customElementsManifest.modules ?? []).flatMap((mod) => (mod.declarations ?? []).filter((d) => d.tagName));
}

/**
 * The summary is the first paragraph of the class comment; the whole comment
 * (summary included) is the `description` tools show.
 */
function summaryPlugin() {
  return {
    name: 'summary-description',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of elementsOf(customElementsManifest)) {
        const text = (d.summary ?? '').trim();
        if (!text) continue;
        const [first] = text.split(/\n\s*\n/);
        d.summary = first.replace(/\s*\n\s*/g, ' ');
        if (!d.description) d.description = text;
      }
    },
  };
}

/**
 * The global `--credit-*` tokens, documented once with `@cssprop` in
 * src/theme/tokens.styles.ts (styles files are not analysed), listed on every
 * element: each one reads them.
 */
function globalTokensPlugin() {
  const source = readFileSync('src/theme/tokens.styles.ts', 'utf8');
  const tokens = [...source.matchAll(/@cssprop \[(--credit-[a-z-]+)=([^\]]*)\] - (.*)/g)].map(
    ([, name, dflt, text]) => ({
      name,
      default: dflt,
      description: `Global token: ${text}`,
    }),
  );
  return {
    name: 'global-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of elementsOf(customElementsManifest)) {
        d.cssProperties ??= [];
        for (const token of tokens)
          if (!d.cssProperties.some((p) => p.name === token.name)) d.cssProperties.push({ ...token });
      }
    },
  };
}

/**
 * Forwarded parts, documented once: a composite documents `@csspart billing-* -
 * Every part of the embedded <credit-billing-details> …`, and the manifest lists
 * each of them (`billing-form`, `billing-input`, …) from that element's own
 * parts, recursively. The part lists then go to src/elements/parts.generated.ts,
 * which composites read to build their `exportparts`: nothing to keep in step
 * by hand.
 */
function forwardedPartsPlugin({ out = 'src/elements/parts.generated.ts' } = {}) {
  return {
    name: 'forwarded-parts',
    packageLinkPhase({ customElementsManifest }) {
      const elements = (customElementsManifest.modules ?? [])
        .flatMap((mod) => mod.declarations ?? [])
        .filter((d) => d.tagName);
      const byTag = new Map(elements.map((d) => [d.tagName, d]));
      const expanded = new Map();
      /** @returns {{ name: string; description: string }[]} */
      const partsOf = (tag, seen = new Set()) => {
        if (expanded.has(tag)) return expanded.get(tag);
        if (seen.has(tag)) throw new Error(`forwarded parts: ${tag} forwards itself`);
        seen.add(tag);
        const parts = [];
        for (const part of byTag.get(tag)?.cssParts ?? []) {
          const forwarded = /^(.+)-\*$/.exec(part.name);
          const child = forwarded && /<(credit-[a-z-]+)>/.exec(part.description ?? '')?.[1];
          if (!forwarded) parts.push(part);
          else if (!child || !byTag.has(child))
            throw new Error(`forwarded parts: ${tag} documents ${part.name} without naming a known <credit-…> element`);
          else
            for (const inner of partsOf(child, seen))
              parts.push({
                name: `${forwarded[1]}-${inner.name}`,
                description: `<${child}>: ${inner.description ?? ''}`,
              });
        }
        expanded.set(tag, parts);
        return parts;
      };
      for (const d of elements) if (d.cssParts) d.cssParts = partsOf(d.tagName);
      const lists = Object.fromEntries(
        [...byTag.keys()].sort().map((tag) => [tag, (byTag.get(tag).cssParts ?? []).map((p) => p.name)]),
      );
      writeFileSync(
        process.env.CREDITKIT_PARTS_OUT ?? out,
        `// Generated by \`npm run analyze\` from the @csspart docs (custom-elements-manifest.config.mjs): do not edit.\n` +
          `export const ELEMENT_PARTS = ${JSON.stringify(lists, null, 2)} as const;\n`,
      );
    },
  };
}

/**
 * Last: module paths name the files a host installs (dist/npm/…js, built with
 * preserveModules from the same tree), not the sources, which are not shipped.
 */
function shippedPathsPlugin() {
  const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/npm/$1.js');
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else visit(value);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      visit(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/events/**/*.ts', 'src/state/**/*.ts'],
  // src/state/index.ts: a barrel nothing imports, so it is not in dist/npm.
  exclude: [
    '**/*.styles.ts',
    '**/*.messages.ts',
    // The other languages' texts (issue 13): data, not API.
    '**/*.messages.*.ts',
    '**/*.test.ts',
    '**/*.d.ts',
    '**/*.generated.ts',
    'src/state/index.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json is hand-maintained ("customElements" is already set).
  packagejson: false,
  dependencies: false,
  plugins: [
    defineElementPlugin(),
    tidyPlugin(),
    dependencyPlugin(),
    summaryPlugin(),
    globalTokensPlugin(),
    forwardedPartsPlugin(),
    shippedPathsPlugin(),
  ],
};
