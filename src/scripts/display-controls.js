// @ts-check
/**
 * "Cỡ chữ: A- A A+" and "Tương phản cao": the reader's display choices, kept in localStorage and
 * applied to <html> before the first paint. Loaded as a classic, render-blocking external script
 * in <head> (a few hundred bytes): an inline script would need 'unsafe-inline' or a hash under
 * the site's CSP (script-src 'self'), and a deferred module would flash the default size first.
 * Plain JavaScript on purpose: it is shipped byte for byte (Vite's `?url&no-inline` import in
 * Base.astro), so there is no build step between this file and the browser.
 *
 * <html> gets:
 * - class "co-js": the controls work, so CSS shows them (hidden without JavaScript);
 * - data-co-chu="-1" … "5": the text-size step (CSS maps it to a root font size, 87,5 % … 200 %);
 * - class "tuong-phan-cao": the high-contrast theme.
 */
(function () {
  var root = document.documentElement;
  var SIZE_KEY = 'bang-vang:co-chu';
  var CONTRAST_KEY = 'bang-vang:tuong-phan';
  /** Steps and the percentage each means (kept in step with global.css). */
  var STEPS = { '-1': 87.5, '0': 100, '1': 112.5, '2': 125, '3': 150, '4': 175, '5': 200 };
  var MIN = -1;
  var MAX = 5;

  /** @param {string} key */
  function read(key) {
    try { return window.localStorage.getItem(key); } catch (e) { return null; }
  }
  /** @param {string} key @param {string | null} value */
  function write(key, value) {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch (e) { /* private mode or storage off: the choice lasts for this page only */ }
  }

  /** The stored step, clamped; 0 when nothing valid is stored. */
  function storedStep() {
    var n = Number(read(SIZE_KEY));
    return Number.isInteger(n) && n >= MIN && n <= MAX ? n : 0;
  }
  /** Stored contrast choice; without one, the system's "more contrast" setting decides. */
  function storedContrast() {
    var v = read(CONTRAST_KEY);
    if (v === 'cao') return true;
    if (v === 'thuong') return false;
    return !!(window.matchMedia && window.matchMedia('(prefers-contrast: more)').matches);
  }

  /** @param {number} step */
  function applySize(step) {
    if (step === 0) root.removeAttribute('data-co-chu');
    else root.setAttribute('data-co-chu', String(step));
  }
  /** @param {boolean} on */
  function applyContrast(on) {
    root.classList.toggle('tuong-phan-cao', on);
  }

  root.classList.add('co-js');
  applySize(storedStep());
  applyContrast(storedContrast());

  /** Wires the header buttons once the page is parsed. */
  function wire() {
    var status = document.getElementById('hien-thi-trang-thai');
    var contrastButton = document.getElementById('tuong-phan-cao');
    /** @param {string} text */
    function announce(text) {
      if (status) status.textContent = text;
    }
    function syncContrastButton() {
      if (contrastButton) contrastButton.setAttribute('aria-pressed', String(root.classList.contains('tuong-phan-cao')));
    }
    /** @param {number} step */
    function setStep(step) {
      var next = Math.max(MIN, Math.min(MAX, step));
      applySize(next);
      write(SIZE_KEY, next === 0 ? null : String(next));
      var percent = String(STEPS[/** @type {'0'} */ (String(next))]).replace('.', ',');
      var edge = next === MAX && step >= MAX ? ' (lớn nhất)' : next === MIN && step <= MIN ? ' (nhỏ nhất)' : '';
      announce('Cỡ chữ ' + percent + ' %' + edge);
    }

    var buttons = document.querySelectorAll('[data-co-chu-buoc]');
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var target = /** @type {HTMLElement} */ (event.currentTarget);
        var action = target.getAttribute('data-co-chu-buoc');
        var current = Number(root.getAttribute('data-co-chu') || 0);
        setStep(action === 'giam' ? current - 1 : action === 'tang' ? current + 1 : 0);
      });
    }
    if (contrastButton) {
      syncContrastButton();
      contrastButton.addEventListener('click', function () {
        var on = !root.classList.contains('tuong-phan-cao');
        applyContrast(on);
        write(CONTRAST_KEY, on ? 'cao' : 'thuong');
        syncContrastButton();
        announce(on ? 'Đã bật tương phản cao' : 'Đã tắt tương phản cao');
      });
    }
    // Another tab changed a choice: follow it.
    window.addEventListener('storage', function (event) {
      if (event.key === SIZE_KEY) applySize(storedStep());
      if (event.key === CONTRAST_KEY) { applyContrast(storedContrast()); syncContrastButton(); }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', wire);
  else wire();
})();
