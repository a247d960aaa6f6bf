/**
 * Checks the story photos on disk: the file exists beside the story, is an allowed format,
 * is not oversized, and does not carry GPS unless declared `gps: public-place` (the site strips
 * it from every derivative, but git keeps the original). Async because it reads image headers with sharp and exifr.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import exifr from 'exifr';
import sharp from 'sharp';
import type { Entry } from './load-content.ts';
import type { Story } from '../schemas/stories.ts';
import { fieldPath, type Problem } from './problems.ts';

export const PHOTO_LIMITS = { bytes: 15 * 1024 * 1024, pixels: 8000 } as const;
const FORMATS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];

export async function checkPhotos(stories: readonly Entry<Story>[]): Promise<Problem[]> {
  const out: Problem[] = [];
  for (const story of stories) {
    for (const [i, photo] of story.data.photos.entries()) {
      const path = ['photos', i, 'src'];
      const at = (message: string, severity: Problem['severity'] = 'error') =>
        out.push({ file: story.file, ...story.locate(path), field: fieldPath(path), message, severity });
      const file = resolve(dirname(story.absPath), photo.src);
      const ext = extname(file).toLowerCase();
      if (!FORMATS.includes(ext)) {
        at(`Ảnh "${photo.src}" có định dạng "${ext || '(không có đuôi)'}" không được nhận. Dùng ảnh JPEG, PNG, WebP hoặc AVIF`);
        continue;
      }
      if (!existsSync(file)) {
        at(`Không tìm thấy ảnh "${photo.src}" cạnh bài viết. Đặt tệp ảnh vào cùng thư mục với index.md và kiểm tra tên tệp (viết thường, không dấu)`);
        continue;
      }
      const bytes = statSync(file).size;
      if (bytes > PHOTO_LIMITS.bytes) {
        at(`Ảnh "${photo.src}" nặng ${(bytes / 1024 / 1024).toFixed(1)} MB, quá giới hạn 15 MB. Thu nhỏ ảnh (ví dụ cạnh dài 3000 px) rồi lưu lại`);
        continue;
      }
      try {
        const meta = await sharp(file).metadata();
        const longest = Math.max(meta.width ?? 0, meta.height ?? 0);
        if (longest > PHOTO_LIMITS.pixels) {
          at(`Ảnh "${photo.src}" có cạnh dài ${longest} px, quá giới hạn ${PHOTO_LIMITS.pixels} px. Thu nhỏ ảnh rồi lưu lại`);
          continue;
        }
      } catch {
        at(`Không đọc được ảnh "${photo.src}": tệp hỏng hoặc không phải ảnh. Xuất lại ảnh dạng JPEG`);
        continue;
      }
      // GPS policy (docs/trust.md): refused, because git keeps the original and its position can
      // show where a person lives; `gps: public-place` lets a photo of a public place through.
      // Either way no published derivative keeps it (the output guard checks dist/).
      const gps = await exifr.gps(file).catch(() => undefined);
      if (gps && Number.isFinite(gps.latitude) && photo.gps !== 'public-place') {
        at(`Ảnh "${photo.src}" còn tọa độ GPS nơi chụp, có thể làm lộ nơi ở của người trong bài, và tệp gốc nằm lại trong kho git. Xóa thông tin vị trí rồi lưu lại ảnh (chụp màn hình lại, hoặc dùng công cụ xóa EXIF). Chỉ khi ảnh chụp ở nơi công cộng (trụ sở, lễ trao thưởng) mới được giữ: ghi gps: public-place cho ảnh đó`);
      }
    }
  }
  return out;
}
