/**
 * A small XML well-formedness check for the deploy smoke test ("feeds parse"): one root
 * element, tags nested and closed, attributes quoted and unique, only the five predefined or
 * numeric entities, no stray "<" or "&" in text. Returns the first problem, or undefined.
 */
const NAME = /^[A-Za-z_:][\w.:-]*$/;

export function xmlProblem(xml: string): string | undefined {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack: string[] = [];
  let roots = 0;
  const at = () => `dòng ${xml.slice(0, i).split('\n').length}`;
  const checkText = (text: string): string | undefined => {
    if (text.includes('<')) return 'ký tự "<" lạc trong nội dung';
    for (const m of text.matchAll(/&([^;\s&]*);?/g)) {
      if (!m[0].endsWith(';') || !/^(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1])) return `thực thể không hợp lệ "${m[0]}"`;
    }
    return undefined;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim()) return `có chữ ngoài phần tử gốc (${at()})`;
    const bad = checkText(text);
    if (bad) return `${bad} (${at()})`;
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i);
      if (end < 0) return `thiếu "?>" (${at()})`;
      i = end + 2;
    } else if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i);
      if (end < 0) return `chú thích không đóng (${at()})`;
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      if (stack.length === 0) return `CDATA ngoài phần tử gốc (${at()})`;
      const end = xml.indexOf(']]>', i);
      if (end < 0) return `CDATA không đóng (${at()})`;
      i = end + 3;
    } else if (xml.startsWith('<!DOCTYPE', i)) {
      const end = xml.indexOf('>', i);
      i = end + 1;
    } else {
      const m = /^<(\/?)([^\s/>]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(i));
      if (!m) return `thẻ sai cú pháp (${at()}): ${xml.slice(i, i + 40)}`;
      const [whole, closing, name, attrs, selfClosing] = m;
      if (!NAME.test(name)) return `tên thẻ không hợp lệ "${name}" (${at()})`;
      const seen = new Set<string>();
      for (const a of attrs.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (seen.has(a[1])) return `thuộc tính "${a[1]}" lặp lại (${at()})`;
        seen.add(a[1]);
        const badValue = checkText(a[2] ?? a[3] ?? '');
        if (badValue) return `${badValue} trong thuộc tính "${a[1]}" (${at()})`;
      }
      if (closing) {
        if (attrs.trim() || selfClosing) return `thẻ đóng sai (${at()})`;
        const open = stack.pop();
        if (open !== name) return `thẻ đóng </${name}> không khớp <${open ?? '(không có)'}> (${at()})`;
      } else if (!selfClosing) {
        if (stack.length === 0 && roots++ > 0) return `có hơn một phần tử gốc (${at()})`;
        stack.push(name);
      } else if (stack.length === 0 && roots++ > 0) return `có hơn một phần tử gốc (${at()})`;
      i += whole.length;
    }
  }
  if (stack.length) return `thẻ <${stack.at(-1)}> không được đóng`;
  if (roots === 0) return 'không có phần tử gốc';
  return undefined;
}
