import { ConfigurationError } from '../errors.js';
import { adapterFactories } from './adapter-factories.js';
import { createAutoAdapter } from './auto.js';
import type { ProtocolAdapter, ProtocolName } from './types.js';

/** A fresh adapter for one reply in the named wire format, or one that detects it (`auto`). */
export function createAdapter(name: ProtocolName | 'auto'): ProtocolAdapter {
  if (name === 'auto') return createAutoAdapter();
  const factory = Object.hasOwn(adapterFactories, name) ? adapterFactories[name] : undefined;
  if (!factory) throw new ConfigurationError(`Unknown protocol "${String(name)}"; expected auto or one of: ${Object.keys(adapterFactories).join(', ')}`);
  return factory();
}
