/**
 * Where an add-on's script file is, when this copy of the kit knows: the single-file ES module
 * bundle replaces this module with one that resolves `chat-stream-elements-<name>.js` against its
 * own URL (see scripts/bundles.mjs). The npm build and the classic script cannot tell, so the page
 * loads the add-on itself (`import 'chat-stream-elements/<name>'`, or a script tag).
 */
export function addOnUrl(name: string): string | undefined {
  void name;
  return undefined;
}
