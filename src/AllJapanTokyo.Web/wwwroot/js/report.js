// The progress report's 「印刷」 button: shown only when scripts run (CSP allows our own files, no inline script).
(function () {
  'use strict';
  document.querySelectorAll('[data-report-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      window.print();
    });
  });
})();
