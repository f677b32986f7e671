import { css } from 'lit';

/**
 * How rendered markdown reads: type scale, lists, tables, quotes, inline code and code blocks with
 * their header row. Logical properties, so every block follows its own direction (`dir="auto"`).
 */
export const markdownStyles = css`
  .content p,
  .content ul,
  .content ol,
  .content blockquote,
  .content table,
  .content .code-block {
    margin-block: 0 0.875em;
    margin-inline: 0;
  }
  .content ul,
  .content ol {
    padding-inline-start: 1.5em;
  }
  .content li + li {
    margin-block-start: 0.25em;
  }
  .content h1,
  .content h2,
  .content h3,
  .content h4,
  .content h5,
  .content h6 {
    margin-block: 1.25em 0.5em;
    margin-inline: 0;
    line-height: 1.3;
    font-weight: 600;
  }
  .content h1 {
    font-size: 1.5em;
  }
  .content h2 {
    font-size: 1.25em;
  }
  .content h3 {
    font-size: 1.125em;
  }
  .content h4,
  .content h5,
  .content h6 {
    font-size: 1em;
  }
  .content a {
    color: var(--_link);
    text-underline-offset: 0.15em;
  }
  .content img {
    max-inline-size: 100%;
  }
  .content hr {
    border: 0;
    border-block-start: 1px solid var(--_border);
    margin-block: 1.5em;
  }
  .content blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }
  .content table {
    border-collapse: collapse;
    display: block;
    overflow-x: auto;
    font-size: 0.9375em;
  }
  .content th,
  .content td {
    padding-block: 0.4em;
    padding-inline: 0.75em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
  }
  .content th {
    font-weight: 600;
    border-block-end-color: var(--_muted);
  }
  code,
  pre {
    font-family: var(--_mono-font);
    font-size: 0.875em;
  }
  .content :not(pre) > code {
    padding: 0.125em 0.35em;
    border-radius: 0.375em;
    background: var(--_code-bg);
  }
  .content .math-display {
    display: block;
    margin-block: 0.5em;
    overflow-x: auto;
    text-align: center;
  }
  .content span.math math {
    font-size: 1.1em;
  }
  /* A code block: a header row (language, Copy) over the code, in one box. */
  .code-block {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_code-bg);
    overflow: hidden;
  }
  .code-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding-block: 0.25rem;
    padding-inline: 1rem 0.375rem;
    font-family: var(--_font);
    font-size: 0.75rem;
    color: var(--_muted);
    border-block-end: 1px solid var(--_border);
  }
  .code-block pre {
    margin: 0;
    padding: 0.875rem 1rem;
    overflow-x: auto;
    line-height: 1.5;
    /* Code reads left to right in every language. */
    direction: ltr;
    text-align: left;
  }

  /* The copy button: an icon of two sheets (a tick once copied), drawn here, named by a hidden text. */
  .copy {
    position: relative;
    flex: none;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 0;
    color: var(--_muted);
  }
  .copy:hover {
    color: var(--_text);
  }
  .copy::before,
  .copy::after {
    content: '';
    position: absolute;
    box-sizing: border-box;
    inline-size: 0.625rem;
    block-size: 0.75rem;
    border: 1.5px solid currentColor;
    border-radius: 2px;
  }
  .copy::before {
    inset-block-start: 0.4rem;
    inset-inline-start: 0.5rem;
  }
  .copy::after {
    inset-block-start: 0.625rem;
    inset-inline-start: 0.725rem;
    background: var(--_code-bg);
  }
  .copy[data-copy='copied']::before {
    display: none;
  }
  .copy[data-copy='copied']::after {
    inset-block-start: 0.45rem;
    inset-inline-start: 0.7rem;
    inline-size: 0.375rem;
    block-size: 0.7rem;
    border-width: 0 2px 2px 0;
    border-radius: 0;
    background: none;
    transform: rotate(45deg);
  }
  .copy[data-copy='failed'] {
    color: var(--_error);
  }
`;
