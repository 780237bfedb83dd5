// What a downloaded PNG is, read from its bytes.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Width and height from a PNG's IHDR chunk (fails the test when the bytes are not a PNG). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('ascii'), 'PNG signature').toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Draws the PNG in the page: distinct colours overall, and dark pixels in the title's band (top-left). */
export async function pngInk(page: Page, bytes: Buffer) {
  return page.evaluate(
    async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(image, 0, 0);
      const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const colours = new Set<number>();
      for (let i = 0; i < all.length; i += 4 * 97)
        colours.add(((all[i] ?? 0) << 16) | ((all[i + 1] ?? 0) << 8) | (all[i + 2] ?? 0));
      const band = context.getImageData(
        0,
        0,
        Math.round(canvas.width * 0.6),
        Math.round(canvas.height * 0.07),
      ).data;
      let dark = 0;
      for (let i = 0; i < band.length; i += 4)
        if ((band[i] ?? 0) + (band[i + 1] ?? 0) + (band[i + 2] ?? 0) < 200) dark += 1;
      const corner = context.getImageData(canvas.width - 4, canvas.height - 4, 1, 1).data;
      return { colours: colours.size, titleInk: dark, corner: [...corner] };
    },
    `data:image/png;base64,${bytes.toString('base64')}`,
  );
}
