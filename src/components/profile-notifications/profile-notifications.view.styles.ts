import { css } from 'lit';

/** The list and the open notification: adopted when the view loads (the element's own styles cover its states). */
export const styles = css`
  [part~='notification-badge'] {
    border-radius: 1em;
    padding: 0 0.6em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-size: 0.85em;
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0 0 calc(var(--_space) / 2);
    padding: 0;
  }
  .list > li + li {
    border-top: 1px solid var(--_border);
  }
  .item {
    display: grid;
    grid-template-columns: 0.5rem 1fr auto;
    align-items: baseline;
    gap: 0.6em;
    width: 100%;
    padding: 0.6em 0.3em;
    border: 0;
    background: none;
    text-align: start;
  }
  .item:hover {
    background: var(--_surface);
  }
  .dot {
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .subject {
    grid-column: 2;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  [part~='notification-unread'] .subject {
    font-weight: 700;
  }
  time {
    font-size: 0.875em;
    white-space: nowrap;
  }
  article h3 {
    margin-top: var(--_space);
    overflow-wrap: anywhere;
  }
  .body {
    overflow: auto hidden;
    overflow-wrap: break-word;
  }
  /* A huge body (1 MB) lays out only what is on screen. */
  .body > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 1.5em;
  }
  .body img {
    max-width: 100%;
    height: auto;
  }
  .body :is(td, th) {
    border: 1px solid var(--_border);
    padding: 0.2em 0.5em;
  }
`;
