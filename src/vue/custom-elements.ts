import { elementTags } from '../element-api.generated.js';

/** The tags the kit defines, for Vue's `compilerOptions.isCustomElement`. */
export const chatStreamElementTags: readonly string[] = elementTags;

/**
 * True for the kit's tags: pass it as Vue's `isCustomElement` (in `@vitejs/plugin-vue`'s
 * `template.compilerOptions`, or `app.config.compilerOptions` with the runtime compiler), so Vue
 * leaves them to the browser instead of looking for Vue components by those names.
 */
export function isChatStreamElement(tag: string): boolean {
  return chatStreamElementTags.includes(tag);
}
