/**
 * Writes the fixture photo used by the stories privacy tests: a small real JPEG that still
 * carries what a phone camera leaves in it (GPS position, make and model, capture time), so the
 * tests can prove none of it reaches the built site. Run once; the output is committed:
 *
 *   npx node tests/helpers/make-gps-photo.ts tests/fixtures/stories-leak/stories/2025/tra-lai-vi-tien/anh-1.jpg
 *   npx node tests/helpers/make-gps-photo.ts tests/fixtures/stories-leak/stories/2025/ban-nhap-bimatzq/anh-nhap.jpg 360 120
 *   npx node tests/helpers/make-gps-photo.ts tests/fixtures/stories-leak/stories/2025/cho-dang-camvaoxy/anh-cho.jpg 150 300
 *
 * (The draft's photo is 3:1 and the embargoed story's 1:2, unlike the public one's 4:3, so
 * anything made from them is recognisable by its shape.)
 */
import sharp from 'sharp';

/** Where the fixture photo claims it was taken: Hà Nội, 21°01'42"N 105°51'12"E. */
export const FIXTURE_GPS = { latitude: 21 + 1 / 60 + 42 / 3600, longitude: 105 + 51 / 60 + 12 / 3600 } as const;
export const FIXTURE_CAMERA = { Make: 'BangVangTestCam', Model: 'GPSLeak 400' } as const;

export async function makeGpsPhoto(path: string, width = 400, height = 300): Promise<void> {
  // A colour gradient with a few stripes: real image content, not a flat fill.
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      pixels[i] = Math.round((x / width) * 255);
      pixels[i + 1] = Math.round((y / height) * 255);
      pixels[i + 2] = (Math.floor(x / 25) + Math.floor(y / 25)) % 2 ? 200 : 60;
    }
  }
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .withExif({
      IFD0: { ...FIXTURE_CAMERA, Software: 'bang-vang fixture', DateTime: '2025:08:20 09:15:00' },
      IFD2: { DateTimeOriginal: '2025:08:20 09:15:00' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '21/1 1/1 42/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '105/1 51/1 12/1',
      },
    })
    .jpeg({ quality: 80 })
    .toFile(path);
}

if (import.meta.main) {
  const out = process.argv[2];
  if (!out) throw new Error('Usage: node tests/helpers/make-gps-photo.ts <out.jpg> [width height]');
  await makeGpsPhoto(out, Number(process.argv[3] ?? 400), Number(process.argv[4] ?? 300));
}
