// Real articles nest a few dozen elements deep. A document nested deeper than this is hostile or
// broken: the HTML parser's own stack work grows with the square of the depth (100,000 nested
// <div>s take seconds), so such a document is reduced to its text as soon as the limit is passed.
// Elements the parser closes by itself (<p>, <li>, <td>…) and void ones do not add to the depth.

export const MAX_NESTING = 1_000;
