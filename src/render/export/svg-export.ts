// Exporting a drawn chart for minutes and slides: the SVG itself, or a PNG painted from it on a canvas.
// Charts are drawn with presentation attributes (no stylesheet), so the serialised SVG looks the same
// outside the app. The export always shows the whole chart at its natural size, whatever the zoom.
// The PNG is made locally: the SVG becomes a blob: URL, an <img> loads it, a canvas paints it.
import { downloadBlob } from './download';

export interface ChartSize {
  width: number;
  height: number;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function serializeSvg(svg: SVGSVGElement, { width, height }: ChartSize): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  clone.removeAttribute('class');
  clone.removeAttribute('style');
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

export function downloadSvg(svg: SVGSVGElement, size: ChartSize, fileName: string): void {
  downloadBlob(new Blob([serializeSvg(svg, size)], { type: 'image/svg+xml;charset=utf-8' }), fileName);
}

/** Paints the chart at `scale` × its natural size on a white background and saves it as PNG. */
export async function downloadPng(svg: SVGSVGElement, size: ChartSize, fileName: string, scale = 2): Promise<void> {
  downloadBlob(await paintPng(svg, size, scale), fileName);
}

/** The chart painted as PNG bytes (for a document that embeds it). */
export async function svgToPng(svg: SVGSVGElement, size: ChartSize, scale = 2): Promise<Uint8Array> {
  return new Uint8Array(await (await paintPng(svg, size, scale)).arrayBuffer());
}

async function paintPng(svg: SVGSVGElement, size: ChartSize, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([serializeSvg(svg, size)], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('The chart could not be painted as an image.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(size.width * scale);
    canvas.height = Math.ceil(size.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas available.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('The canvas gave no PNG.');
    return png;
  } finally {
    URL.revokeObjectURL(url);
  }
}
