import { css } from 'lit';

// Three dots where the reply's first words will appear: page text, no box (the reply has none).
export const typingIndicatorStyles = css`
  :host {
    display: inline-block;
    --_dot-size: var(--chat-typing-dot-size, 0.4375rem);
    --_dot-color: var(--chat-typing-dot-color, var(--_muted));
    --_duration: var(--chat-typing-duration, 1.2s);
  }
  :host(:not([active])),
  :host([hidden]) {
    display: none;
  }
  .indicator {
    display: inline-flex;
    gap: calc(var(--_dot-size) * 0.6);
    align-items: center;
    min-block-size: 1.6em;
    padding: var(--_assistant-padding);
    border-radius: var(--_radius);
    background: var(--_assistant-bg);
  }
  .dot {
    inline-size: var(--_dot-size);
    block-size: var(--_dot-size);
    border-radius: 50%;
    background: var(--_dot-color);
    animation: typing-bounce var(--_duration) ease-in-out infinite;
  }
  .dot:nth-child(2) {
    animation-delay: calc(var(--_duration) / 6);
  }
  .dot:nth-child(3) {
    animation-delay: calc(var(--_duration) / 3);
  }
  @keyframes typing-bounce {
    0%,
    60%,
    100% {
      opacity: 0.35;
      transform: translateY(0);
    }
    30% {
      opacity: 1;
      transform: translateY(-30%);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .dot {
      animation: none;
      opacity: 0.7;
    }
  }
`;
