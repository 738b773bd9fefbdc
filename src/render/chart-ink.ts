// The colours every SVG chart draws its text, secondary text and grid lines with (the same values as
// --ink and --ink-soft in app.css, repeated here because exported SVG and PNG files carry no stylesheet).
export const INK = '#1b1f24';
export const INK_SOFT = '#4a5360';
export const GRID = '#d5dbe1';
