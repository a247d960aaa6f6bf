import { describe, expect, it } from 'vitest';
import { findMojibake, mojibakeMessage } from '../../src/lib/mojibake.ts';

describe('findMojibake', () => {
  it('finds TCVN3 (ABC) text shown as Latin-1', () => {
    expect(findMojibake('tiêu đề đúng\nCéng hoµ x· héi chñ nghÜa ViÖt Nam')).toMatchObject([{ line: 2 }]);
  });
  it('finds VNI text shown as Latin-1', () => {
    expect(findMojibake('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam')).toHaveLength(1);
  });
  it('leaves proper Vietnamese alone, including õ, ỗ and the middle dot of a list', () => {
    expect(findMojibake('Cộng hòa xã hội chủ nghĩa Việt Nam · Đồng Tháp · ngõ 5 · mỗi tổ · © 2025 ⁽¹⁾Tờ trình (¹, ², ³)')).toEqual([]);
  });
  it('explains the fix in Vietnamese with the sample', () => {
    expect(mojibakeMessage('hoµ')).toContain('Công cụ chuyển mã');
  });
});
