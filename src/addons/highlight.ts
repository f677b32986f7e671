// The `chat-stream-elements/highlight` add-on: Shiki (JavaScript regex engine) colours finished
// code blocks of elements with the `highlight` attribute, in idle slices; each language's grammar
// loads on first use.
import { highlight } from './highlight/highlighter.js';
import { registerAddOn } from './registry.js';

registerAddOn('highlight', { highlight });
