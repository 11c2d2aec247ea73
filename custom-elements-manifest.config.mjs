/**
 * `npm run analyze` → custom-elements.json at the package root, from the JSDoc on
 * each element class (@summary, @slot, @fires, @csspart, @cssprop, @cssproperty).
 *
 * Our define files register tags through `defineElement('credit-x', CreditX)`
 * (tolerant of double registration), which the analyzer does not recognise, so the
 * `define-element` plugin below turns those calls into tag names and
 * `custom-element-definition` exports.
 */

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

export default {
  globs: ['src/elements/**/*.ts', 'src/events/**/*.ts', 'src/state/**/*.ts'],
  exclude: ['**/*.styles.ts', '**/*.messages.ts', '**/*.test.ts', '**/*.d.ts'],
  outdir: '.',
  litelement: true,
  // package.json is hand-maintained ("customElements" is already set).
  packagejson: false,
  dependencies: false,
  plugins: [defineElementPlugin(), tidyPlugin()],
};
