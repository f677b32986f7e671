import { css } from 'lit';

export const typingIndicatorStyles = css`
  :host {
    display: inline-block;
    --_dot-size: var(--chat-typing-dot-size, 0.5rem);
    --_dot-color: var(--chat-typing-dot-color, var(--_muted));
    --_duration: var(--chat-typing-duration, 1.2s);
  }
  :host(:not([active])),
  :host([hidden]) {
    display: none;
  }
  .indicator {
    display: inline-flex;
    gap: calc(var(--_dot-size) / 2);
    align-items: center;
    padding: 0.625rem 0.875rem;
    border-radius: var(--_radius);
    background: var(--_assistant-bg);
  }
  .dot {
    width: var(--_dot-size);
    height: var(--_dot-size);
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
