// @ts-check
/**
 * Collapses the layout whitespace of Lit `html` templates at build time: the
 * minifier keeps template strings as written, and every line break with the
 * indentation after it ships to every visitor. A run of whitespace that holds a
 * line break becomes one space, which renders the same in normal text flow (the
 * kit's templates have no `<pre>` or `<textarea>`); runs without a line break are
 * left alone. Expressions (`${…}`) are not touched; templates are found with the
 * TypeScript parser, so nested templates are handled.
 */
import ts from 'typescript';
import { applyEdits } from './source-edits.js';

const TAGS = new Set(['html', 'svg']);

/** @param {string} raw */
export const collapseLayoutWhitespace = (raw) => raw.replace(/[ \t]*\r?\n\s*/g, ' ');

/**
 * The static parts of `html`/`svg` templates in `code`, as replacements.
 * @param {string} code @param {string} fileName
 */
export function htmlLiteralEdits(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  /** @type {{ start: number, end: number }[]} */
  const ranges = [];
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) && TAGS.has(node.tag.text)) {
      const template = node.template;
      if (ts.isNoSubstitutionTemplateLiteral(template)) {
        ranges.push({ start: template.getStart(source) + 1, end: template.end - 1 });
      } else {
        ranges.push({ start: template.head.getStart(source) + 1, end: template.head.end - 2 });
        for (const span of template.templateSpans) {
          const literal = span.literal;
          const tail = ts.isTemplateTail(literal);
          ranges.push({ start: literal.getStart(source) + 1, end: literal.end - (tail ? 1 : 2) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return ranges.map(({ start, end }) => ({ start, end, text: collapseLayoutWhitespace(code.slice(start, end)) }));
}

/** @param {string} code @param {string} fileName */
export function minifyHtmlLiterals(code, fileName = 'module.ts') {
  return applyEdits(code, htmlLiteralEdits(code, fileName), fileName).code;
}

/** Vite plugin: the kit's own modules only. */
export function minifyHtmlLiteralsPlugin() {
  return {
    name: 'minify-html-literals',
    /** @param {string} code @param {string} id */
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      return applyEdits(code, htmlLiteralEdits(code, id), id);
    },
  };
}
