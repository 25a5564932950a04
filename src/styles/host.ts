import { css } from 'lit';

/**
 * Design tokens and the base every element shares. Public `--profile-*` custom properties map to
 * private `--_*` ones, so a page sets a token once on any ancestor and every element follows.
 * Colours use `light-dark()`: the element's `color-scheme` picks the pair — the OS preference by
 * default, `--profile-color-scheme` from the page, or the `theme` attribute (strongest). The host
 * paints its own background so its text stays readable on any page. Every default pair meets WCAG
 * AA in both schemes: text ≥ 4.5:1 on background and surface, borders ≥ 3:1 (they outline controls).
 */
export const hostStyles = css`
  :host {
    --_fg: var(--profile-color-text, light-dark(#1d1d20, #ececf1));
    --_muted: var(--profile-color-muted, light-dark(#5c5c66, #a4a4b0));
    --_bg: var(--profile-color-background, light-dark(#fff, #18181b));
    --_surface: var(--profile-color-surface, light-dark(#f5f5f7, #232329));
    --_border: var(--profile-color-border, light-dark(#85858f, #74747e));
    --_accent: var(--profile-color-accent, light-dark(#2f55d4, #8ea8ff));
    --_on-accent: var(--profile-color-on-accent, light-dark(#fff, #10131c));
    --_danger: var(--profile-color-danger, light-dark(#b3261e, #ffb4ab));
    --_success: var(--profile-color-success, light-dark(#1b6e3a, #7dd99b));
    --_radius: var(--profile-radius, 8px);
    --_space: var(--profile-spacing, 1rem);
    display: block;
    color-scheme: var(--profile-color-scheme, light dark);
    color: var(--_fg);
    background: var(--_bg);
    font: var(--profile-font, inherit);
    line-height: 1.5;
  }
  /* The attribute wins even over the custom property set on the element itself (an inner
     !important beats the page's rules), and sections inside inherit it. */
  :host([theme='light']) {
    --profile-color-scheme: light !important;
  }
  :host([theme='dark']) {
    --profile-color-scheme: dark !important;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.15em;
    line-height: 1.3;
  }
  a {
    color: var(--_accent);
  }
  button {
    font: inherit;
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.9em;
    background: var(--_bg);
    color: var(--_fg);
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_bg);
  }
  button:disabled,
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 2px solid var(--profile-focus-ring, var(--_accent));
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part~='error'] {
    color: var(--_danger);
  }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
