import { css } from 'lit';

export const styles = css`
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr));
  }
  li,
  ::slotted(a) {
    display: flex;
    gap: calc(var(--_space) / 2);
    align-items: flex-start;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    background: var(--_surface);
    min-width: 0;
    overflow-wrap: anywhere;
  }
  ::slotted(a) {
    color: var(--_accent);
    align-items: center;
  }
  .logo {
    flex: none;
    width: 2.5rem;
    height: 2.5rem;
    border-radius: calc(var(--_radius) / 2);
    object-fit: contain;
    display: grid;
    place-items: center;
    background: var(--_bg);
    font-weight: 600;
  }
  li div {
    min-width: 0;
  }
  li p {
    margin: 0;
  }
`;
