import type { ChartImage } from '../charts/chart-types';
import { DESK } from '../styles/palette';

export interface PngCaption {
  title: string;
  subtitle: string;
  /** Small print under the chart: that the data is illustrative, and the source. */
  footnote: string;
  fontFamily: string;
  /** CSS pixels to leave off the bottom of the chart image (the band where a zoom slider was). */
  trimBottom?: number;
}

const HEADER = 62;
const FOOTER = 30;
const PADDING = 16;

/** A chart image with its title above and its footnote below, as a PNG: a picture that explains itself. */
export async function captionedPng(image: ChartImage, caption: PngCaption): Promise<Blob> {
  const picture = new Image();
  picture.src = image.dataUrl;
  await picture.decode();
  const shown = image.height - (caption.trimBottom ?? 0);
  const width = image.width + 2 * PADDING;
  const height = HEADER + shown + FOOTER;
  const canvas = document.createElement('canvas');
  canvas.width = width * image.pixelRatio;
  canvas.height = height * image.pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(image.pixelRatio, image.pixelRatio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.textBaseline = 'top';
  context.fillStyle = DESK.text;
  context.font = `bold 18px ${caption.fontFamily}`;
  context.fillText(caption.title, PADDING, PADDING, width - 2 * PADDING);
  context.fillStyle = DESK.muted;
  context.font = `13px ${caption.fontFamily}`;
  context.fillText(caption.subtitle, PADDING, PADDING + 26, width - 2 * PADDING);
  const ratio = image.pixelRatio;
  context.drawImage(picture, 0, 0, image.width * ratio, shown * ratio, PADDING, HEADER, image.width, shown);
  context.font = `11px ${caption.fontFamily}`;
  context.fillText(caption.footnote, PADDING, HEADER + shown + 8, width - 2 * PADDING);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser made no PNG'))), 'image/png'),
  );
}
