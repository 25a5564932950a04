import { css } from 'lit';

/**
 * Controls more than one view draws the same way, composed into the views' styles (`css` takes them
 * as values): the on/off switch of an `<input type="checkbox" role="switch">` and the modal `<dialog>`.
 */

/** The switch; a view sets `--_switch-on` for the track of a switch that is on (default the accent). */
export const switchStyles = css`
  [role='switch'] {
    appearance: none;
    flex: none;
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
    background: var(--_switch-on, var(--_accent));
  }
  [role='switch']:checked::before {
    translate: 1em;
  }
  @media (prefers-reduced-motion: reduce) {
    [role='switch']::before {
      transition: none;
    }
  }
  /* Forced colours paint backgrounds away: draw the track and the knob with system colours. */
  @media (forced-colors: active) {
    [role='switch'] {
      border: 1px solid ButtonText;
    }
    [role='switch']::before {
      background: ButtonText;
    }
    [role='switch']:checked {
      background: Highlight;
    }
    [role='switch']:checked::before {
      background: HighlightText;
    }
  }
`;

/** A modal confirmation dialog and its backdrop. */
export const dialogStyles = css`
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
`;
