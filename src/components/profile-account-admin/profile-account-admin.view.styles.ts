import { css } from 'lit';
import { dialogStyles, switchStyles } from '../../styles/controls.js';

/** The password reset, the account switches and the confirmation dialog, adopted when the view loads. */
export const styles = css`
  :host {
    --_switch-on: var(--_danger);
  }
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
  ${switchStyles}
  [role='switch']:disabled {
    opacity: 0.5;
  }
  ${dialogStyles}
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    justify-content: flex-end;
    margin-top: var(--_space);
  }
`;
