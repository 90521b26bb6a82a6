// The counter's QR code changes every minute: reload the page when the minute turns (the server says how long is left).
(function () {
    var code = document.getElementById('counter-code');
    if (!code) {
        return;
    }
    var seconds = parseInt(code.getAttribute('data-seconds-left') || '60', 10);
    window.setTimeout(function () { window.location.reload(); }, (seconds + 1) * 1000);
})();
