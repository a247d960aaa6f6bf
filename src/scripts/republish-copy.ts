/**
 * "Chép mã HTML" for the republish kit: shows the copy button (hidden without JavaScript,
 * where the read-only text box still allows select-and-copy) and copies the box's text.
 * No network, no tracking: it only touches the clipboard.
 */
// The panels' marker; scripts/check-budget.ts recognises this script by it (allowed on story pages).
const PANELS = '[data-republish="bang-vang:dang-lai"]';

for (const panel of document.querySelectorAll<HTMLElement>(PANELS)) {
  const box = panel.querySelector<HTMLTextAreaElement>('[data-republish-source]');
  const button = panel.querySelector<HTMLButtonElement>('[data-republish-copy]');
  const status = panel.querySelector<HTMLElement>('[data-republish-status]');
  if (!box || !button) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    let copied = false;
    try {
      await navigator.clipboard.writeText(box.value);
      copied = true;
    } catch {
      // Older browsers, or no clipboard permission: select the text and use the legacy command.
      box.focus();
      box.select();
      copied = document.execCommand('copy');
    }
    if (status) status.textContent = copied ? 'Đã chép mã HTML. Dán vào trình soạn thảo ở chế độ HTML.' : 'Chưa chép được: chọn hết nội dung trong ô (Ctrl+A) rồi chép (Ctrl+C).';
  });
}
