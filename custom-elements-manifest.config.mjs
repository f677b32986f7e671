// Custom Elements Manifest (custom-elements.json), read by Storybook's controls and docs, editors,
// and scripts/generate.mjs. Run `cem analyze` (the `analyze` script) from the repository root.

/**
 * Our elements are defined through `defineElement('tag', Class)` or `Class.define()` (whose tag is
 * the default of its `tag` parameter), which the analyzer does not follow. This plugin records those
 * calls and gives each class its `tagName` and a `custom-element-definition` export.
 */
function tagsFromDefineCalls() {
  const calls = [];
  return {
    name: 'chat-stream-elements/define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const [first, second] = node.arguments;
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === 'defineElement' && first && ts.isStringLiteral(first) && second && ts.isIdentifier(second)) {
        calls.push({ tag: first.text, className: second.text, module: moduleDoc.path });
      } else if (ts.isPropertyAccessExpression(callee) && callee.name.text === 'define' && ts.isIdentifier(callee.expression) && callee.expression.text !== 'customElements') {
        calls.push({ tag: first && ts.isStringLiteral(first) ? first.text : undefined, className: callee.expression.text, module: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules ?? [];
      for (const call of calls) {
        for (const mod of modules) {
          const declaration = (mod.declarations ?? []).find((candidate) => candidate.customElement && candidate.name === call.className);
          if (!declaration) continue;
          const defineMethod = (declaration.members ?? []).find((member) => member.kind === 'method' && member.static && member.name === 'define');
          const fallback = defineMethod?.parameters?.[0]?.default?.replace(/^['"`]|['"`]$/g, '');
          const tag = call.tag ?? fallback;
          if (!tag) continue;
          declaration.tagName = tag;
          const definer = modules.find((candidate) => candidate.path === call.module);
          if (!definer) continue;
          definer.exports ??= [];
          if (!definer.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
            definer.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: call.className, module: mod.path } });
          }
        }
      }
    },
  };
}

/**
 * Keeps the manifest to public API: drops private and protected members, and events the analyzer
 * guessed from `new CustomEvent(variable)` (every real event is documented with `@event`).
 */
function publicApiOnly() {
  return {
    name: 'chat-stream-elements/public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !member.privacy || member.privacy === 'public');
          }
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.d.ts'],
  outdir: '.',
  litelement: true,
  plugins: [tagsFromDefineCalls(), publicApiOnly()],
};
