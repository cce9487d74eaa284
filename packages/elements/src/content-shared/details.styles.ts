import { css } from 'lit';

/**
 * A `<details>` whose summary is laid out as flex (course introductions, quiz answers) loses the
 * browser's triangle: a chevron says it opens, turning when it is open.
 */
export default css`
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    margin-inline: 0.15em;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: rotate(-45deg);
  }
  [open] > summary::before {
    transform: rotate(45deg);
  }
`;
