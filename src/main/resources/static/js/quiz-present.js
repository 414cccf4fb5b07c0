// Projector mode of a live session. The server renders one stage per state; this script keeps the
// stage current from the session's event stream (players joining, "n of m answered", the timer) and,
// when the state or the question changes, fetches the page again and swaps the stage in place: a page
// load would end full screen. The teacher's buttons post the same way. Keys: Space or → advance
// (start, reveal, leaderboard, next question), R reveals, F toggles full screen.
(function () {
  'use strict';
  var RING = 2 * Math.PI * 44;
  var source = null;
  var ticker = null;
  var busy = false;

  function stage() { return document.getElementById('stage'); }

  function format(pattern, args) {
    return pattern.replace(/\{(\d)\}/g, function (m, i) { return String(args[+i]); });
  }

  function setUp() {
    var s = stage();
    var data = s.dataset;
    var qr = document.getElementById('qr');
    if (qr && window.qrcode && data.joinUrl) {
      var code = window.qrcode(0, 'M');
      code.addData(data.joinUrl);
      code.make();
      qr.innerHTML = code.createSvgTag({ cellSize: 8, margin: 2, scalable: true });
    }
    document.querySelectorAll('form.js-control').forEach(function (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        post(form);
      });
    });
    var leaders = document.getElementById('show-leaders');
    if (leaders) { leaders.addEventListener('click', showLeaderboard); }
    var full = document.getElementById('fullscreen');
    if (full) { full.addEventListener('click', toggleFullScreen); }
    startTimer(data);
    if (!source && window.EventSource && data.eventsUrl) {
      source = new EventSource(data.eventsUrl);
      source.addEventListener('snapshot', function (event) { update(JSON.parse(event.data)); });
    }
  }

  function startTimer(data) {
    if (ticker) { window.clearInterval(ticker); ticker = null; }
    var seconds = document.getElementById('seconds-left');
    var left = document.getElementById('ring-left');
    var total = parseInt(data.secondsPerQuestion, 10);
    if (!seconds || !left || !(total > 0)) { return; }
    // the server's deadline in milliseconds, so that the ring reaches 0 when the server closes the question
    var millis = parseInt(data.millisLeft, 10);
    var deadline = Date.now() + (millis >= 0 ? millis : 1000 * (parseInt(seconds.textContent, 10) || 0));
    left.style.strokeDasharray = String(RING);
    function draw() {
      var ms = Math.max(0, deadline - Date.now());
      seconds.textContent = String(Math.ceil(ms / 1000));
      left.style.strokeDashoffset = String(RING * (1 - Math.min(1, ms / (1000 * total))));
      stage().classList.toggle('hurry', ms < 5000);
    }
    draw();
    ticker = window.setInterval(draw, 250);
  }

  function update(snapshot) {
    var data = stage().dataset;
    var question = snapshot.questionId === null ? '' : String(snapshot.questionId);
    if (snapshot.state !== data.state || question !== (data.questionId || '')) {
      reload(window.location.href);
      return;
    }
    var answered = document.getElementById('answered');
    if (answered) { answered.textContent = format(data.msgAnswered, [snapshot.answerCount, snapshot.playerCount]); }
    var count = document.getElementById('player-count');
    if (count) { count.textContent = format(data.msgPlayers, [snapshot.playerCount]); }
    var waiting = document.getElementById('waiting');
    if (waiting) { waiting.hidden = snapshot.playerCount > 0; }
    var list = document.getElementById('players');
    var template = document.getElementById('player-template');
    if (list && template && snapshot.nicknames) {
      var known = {};
      list.querySelectorAll('.player .nick').forEach(function (n) { known[n.textContent] = n.parentNode; });
      snapshot.nicknames.forEach(function (name) {
        if (known[name]) { delete known[name]; return; }
        var item = template.content.firstElementChild.cloneNode(true);
        item.querySelector('.nick').textContent = name;
        item.classList.add('new');
        list.appendChild(item);
      });
      Object.keys(known).forEach(function (name) { known[name].remove(); });
    }
  }

  function swap(html) {
    var next = new DOMParser().parseFromString(html, 'text/html').getElementById('stage');
    if (!next) { window.location.reload(); return; }
    stage().replaceWith(document.importNode(next, true));
    var title = new DOMParser().parseFromString(html, 'text/html').title;
    if (title) { document.title = title; }
    setUp();
  }

  function reload(url) {
    if (busy) { return; }
    busy = true;
    fetch(url, { credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(swap)
      .catch(function () { window.location.reload(); })
      .finally(function () { busy = false; });
  }

  function post(form) {
    if (busy) { return; }
    busy = true;
    fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' })
      .then(function (r) {
        if (r.redirected && r.url.indexOf('/present') < 0) { window.location.href = r.url; return null; }
        return r.text();
      })
      .then(function (html) { if (html !== null) { swap(html); } })
      .catch(function () { form.submit(); })
      .finally(function () { busy = false; });
  }

  function showLeaderboard() {
    var board = document.getElementById('leaderboard');
    var question = document.getElementById('question');
    if (!board || !board.hidden) { return false; }
    board.hidden = false;
    if (question) { question.hidden = true; }
    var button = document.getElementById('show-leaders');
    if (button) { button.hidden = true; }
    return true;
  }

  function toggleFullScreen() {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    }
    else if (document.documentElement.requestFullscreen) {
      document.documentElement.requestFullscreen().catch(function () { /* refused: stay windowed */ });
    }
  }

  function submit(key) {
    var form = document.querySelector('form.js-control[data-key="' + key + '"]');
    if (form) { post(form); return true; }
    return false;
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) {
      return;
    }
    var key = event.key;
    if (key === ' ' || key === 'ArrowRight') {
      event.preventDefault();
      // advance one step: start, reveal, leaderboard, next question
      var ignored = submit('next') || submit('reveal') || showLeaderboard() || submit('skip');
    }
    else if (key === 'r' || key === 'R') {
      submit('reveal');
    }
    else if (key === 'f' || key === 'F') {
      toggleFullScreen();
    }
  });

  setUp();
}());
