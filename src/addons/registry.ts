import { ConfigurationError } from '../errors.js';
import { addOnUrl } from './add-on-url.js';
import type { AddOnName, AddOns } from './types.js';

export type { AddOnName, AddOns } from './types.js';

/**
 * Add-ons register on a global shelf keyed by `Symbol.for`, so an add-on loaded as a classic
 * script, through `import()`, or from npm finds the same shelf as the core, whichever copy of the
 * registry code each carries.
 */
const SHELF = Symbol.for('chat-stream-elements.add-ons');

export interface Shelf {
  addOns: Partial<AddOns>;
  loading: Partial<Record<AddOnName, Promise<unknown>>>;
  /** Where each add-on's script file was loaded from, for files it loads next to it. */
  urls?: Partial<Record<AddOnName, string>>;
  /** Highlighting grammars registered by their script files (dist/highlight-languages/). */
  grammars?: Record<string, unknown>;
}

export function shelf(): Shelf {
  const global = globalThis as { [SHELF]?: Shelf };
  return (global[SHELF] ??= { addOns: {}, loading: {} });
}

/** Called by an add-on's entry (npm module or script file) when it is evaluated. */
export function registerAddOn<N extends AddOnName>(name: N, addOn: AddOns[N]): void {
  shelf().addOns[name] = addOn;
}

/** The add-on if it is loaded. */
export function getAddOn<N extends AddOnName>(name: N): AddOns[N] | undefined {
  return shelf().addOns[name];
}

/**
 * The add-on, loading its script file first where this bundle knows its URL. Rejects with a
 * `ConfigurationError` naming the add-on when it is not there.
 */
export function loadAddOn<N extends AddOnName>(name: N): Promise<AddOns[N]> {
  const loaded = getAddOn(name);
  if (loaded) return Promise.resolve(loaded);
  const own = shelf();
  return (own.loading[name] ??= importAddOn(name).finally(() => delete own.loading[name])) as Promise<AddOns[N]>;
}

async function importAddOn<N extends AddOnName>(name: N): Promise<AddOns[N]> {
  const url = addOnUrl(name);
  let failure: unknown;
  if (url) {
    (shelf().urls ??= {})[name] = url;
    try {
      await import(/* @vite-ignore */ url);
    } catch (error) {
      failure = error;
    }
  }
  const addOn = getAddOn(name);
  if (addOn) return addOn;
  throw missingAddOn(name, url, failure);
}

function missingAddOn(name: AddOnName, url: string | undefined, cause: unknown): ConfigurationError {
  const entry = `chat-stream-elements/${name}`;
  const how = url
    ? `it did not load from ${url}`
    : `import '${entry}' (npm), or add <script src=".../chat-stream-elements-${name}.js"> beside the classic bundle`;
  return new ConfigurationError(`${FEATURE[name]} needs the ${entry} add-on: ${how}.`, { cause });
}

const FEATURE: Record<AddOnName, string> = {
  actioncable: 'transport="actioncable"',
  html: 'allow-html',
  highlight: 'The highlight attribute',
  math: 'The math attribute',
};
