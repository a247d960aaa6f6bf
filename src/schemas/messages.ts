/**
 * Vietnamese fallback messages for issues a field does not word itself (unknown keys, wrong
 * types). Field-level `error` options take precedence; this keeps every message Vietnamese.
 */
import { z } from 'zod';

const TYPE_NAMES: Record<string, string> = {
  string: 'một đoạn chữ', number: 'một số', int: 'một số nguyên', boolean: 'true hoặc false',
  array: 'một danh sách', object: 'một nhóm trường', date: 'một ngày', undefined: 'không có giá trị',
  null: 'giá trị rỗng',
};

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'unrecognized_keys':
        return `Trường không có trong mẫu: ${issue.keys.map((k) => `"${k}"`).join(', ')}. Kiểm tra chính tả tên trường (viết đúng như hướng dẫn) hoặc xóa trường đó`;
      case 'invalid_type':
        if (issue.input === undefined) return 'Thiếu trường bắt buộc. Thêm trường này';
        return `Sai kiểu dữ liệu: cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, đang là ${TYPE_NAMES[received(issue.input)] ?? received(issue.input)}`;
      case 'too_small':
        return issue.origin === 'array'
          ? `Danh sách cần ít nhất ${String(issue.minimum)} mục`
          : `Giá trị quá nhỏ: tối thiểu ${String(issue.minimum)}`;
      case 'too_big':
        return `Giá trị quá lớn: tối đa ${String(issue.maximum)}`;
      case 'invalid_value':
        return `Giá trị không hợp lệ. Chọn một trong: ${issue.values.map((v) => `"${String(v)}"`).join(', ')}`;
      case 'invalid_format':
        return `Sai định dạng (${issue.format})`;
      default:
        return undefined;
    }
  },
});
