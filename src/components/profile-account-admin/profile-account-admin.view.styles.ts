import { css } from 'lit';

/** The password reset, the account switches and the confirmation dialog, adopted when the view loads. */
export const styles = css`
  form,
  fieldset {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  section + section {
    margin-top: calc(var(--_space) * 1.5);
  }
  h3 {
    margin: 0 0 calc(var(--_space) / 2);
  }
  legend,
  label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .opt {
    display: flex;
    gap: 0.5em;
    align-items: start;
    font-weight: 400;
  }
  .pw {
    display: flex;
    gap: 0.5em;
    flex-wrap: wrap;
  }
  [part~='admin-input'] {
    flex: 1 1 12rem;
    max-width: 24rem;
    padding: 0.4em 0.6em;
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
  }
  p {
    margin: 0;
  }
  .err {
    color: var(--_danger);
  }
  .ok {
    color: var(--_success);
  }
  [role='switch'] {
    appearance: none;
    flex: 0 0 auto;
    width: 2.2em;
    height: 1.2em;
    margin: 0.15em 0 0;
    border-radius: 1em;
    background: var(--_muted);
  }
  [role='switch']::before {
    content: '';
    display: block;
    width: 1em;
    height: 1em;
    margin: 0.1em;
    border-radius: 50%;
    background: var(--_bg);
    transition: translate 0.15s;
  }
  [role='switch']:checked {
    background: var(--_danger);
  }
  [role='switch']:checked::before {
    translate: 1em;
  }
  [role='switch']:disabled {
    opacity: 0.5;
  }
  @media (prefers-reduced-motion: reduce) {
    [role='switch']::before {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [role='switch'] {
      border: 1px solid buttontext;
    }
    [role='switch']::before {
      background: buttontext;
    }
    [role='switch']:checked {
      background: highlight;
    }
    [role='switch']:checked::before {
      background: highlighttext;
    }
  }
  dialog {
    max-width: min(32rem, 100% - 2rem);
    padding: var(--_space);
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  dialog::backdrop {
    background: #0008;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
    margin-top: var(--_space);
  }
`;
