import * as React from 'react';
import { createComponent } from '@lit/react';
import { TypingIndicatorElement } from '../elements/typing-indicator/typing-indicator.js';
// Defines every element (this one renders or sits beside the others); `define.js` is listed in package.json's sideEffects, so bundlers keep it.
import '../define.js';

/** `<typing-indicator>` as a React component: `active` shows it, `label` is what is announced. */
export const TypingIndicator = createComponent({
  react: React,
  tagName: 'typing-indicator',
  elementClass: TypingIndicatorElement,
  displayName: 'TypingIndicator',
});

/** Props of {@link TypingIndicator}. */
export type TypingIndicatorProps = React.ComponentProps<typeof TypingIndicator>;
