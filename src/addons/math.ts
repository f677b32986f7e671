// The `chat-stream-elements/math` add-on: TeX between math delimiters typeset as MathML (Temml),
// for elements with the `math` attribute.
import { renderMath } from './math/render-math.js';
import { registerAddOn } from './registry.js';

registerAddOn('math', { renderMath });
