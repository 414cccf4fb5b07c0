// The projector view of a live session: draws the join QR code and keeps the player list, the
// answer counts and the timer current from the server's event stream, without reloading. When the
// session moves on in another tab (start, next, reveal), the page reloads to show the new question.
(function () {
  'use strict';
  var root = document.getElementById('projector');
  if (!root) { return; }
  var data = root.dataset;

  var qr = document.getElementById('qr');
  if (qr && window.qrcode && data.joinUrl) {
    var code = window.qrcode(0, 'M');
    code.addData(data.joinUrl);
    code.make();
    qr.innerHTML = code.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  }

  function setText(id, value) {
    var el = document.getElementById(id);
    if (el && value !== null && value !== undefined) { el.textContent = String(value); }
  }

  function update(snapshot) {
    var sameQuestion = String(snapshot.questionId === null ? '' : snapshot.questionId) === (data.questionId || '');
    if (snapshot.state !== data.state || !sameQuestion) {
      window.location.reload();
      return;
    }
    setText('player-count', snapshot.playerCount);
    setText('answer-count', snapshot.answerCount);
    setText('seconds-left', snapshot.secondsLeft);
    var total = snapshot.optionCounts.reduce(function (a, b) { return a + b; }, 0);
    snapshot.optionCounts.forEach(function (n, i) {
      var letter = 'ABCDE'.charAt(i);
      setText('count-' + letter, n);
      var bar = document.getElementById('bar-' + letter);
      if (bar) { bar.style.width = (total === 0 ? 0 : Math.round(100 * n / total)) + '%'; }
    });
    var names = document.getElementById('nicknames');
    if (names && snapshot.nicknames) {
      names.textContent = '';
      snapshot.nicknames.forEach(function (n) {
        var span = document.createElement('span');
        span.textContent = n;
        names.appendChild(span);
      });
    }
  }

  if (window.EventSource && data.eventsUrl) {
    var source = new EventSource(data.eventsUrl);
    source.addEventListener('snapshot', function (event) { update(JSON.parse(event.data)); });
  }

  var seconds = document.getElementById('seconds-left');
  if (seconds) {
    window.setInterval(function () {
      var n = parseInt(seconds.textContent, 10);
      if (n > 0) { seconds.textContent = String(n - 1); }
    }, 1000);
  }
}());
