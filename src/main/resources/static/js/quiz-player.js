// A student's phone in a live session, like a game: one full screen per state. The server pushes
// the player's state over server-sent events whenever a question opens, closes or is revealed; the
// phone polls only while that stream is down. The server owns the deadline: the countdown here only
// shows it, and a tap the server refuses as late says "Time's up" rather than looking chosen.
(function () {
  'use strict';
  var root = document.getElementById('play');
  if (!root) { return; }
  var data = root.dataset;
  var token = data.token;
  var SHAPES = ['\u25B2', '\u25C6', '\u25CF', '\u25A0', '\u2605'];
  var els = {
    status: document.getElementById('status'),
    icon: document.getElementById('status-icon'),
    statusText: document.getElementById('status-text'),
    statusDetail: document.getElementById('status-detail'),
    why: document.getElementById('status-why'),
    points: document.getElementById('status-points'),
    card: document.getElementById('question-card'),
    number: document.getElementById('question-number'),
    timer: document.getElementById('timer'),
    stem: document.getElementById('question-stem'),
    options: document.getElementById('question-options'),
    score: document.getElementById('me-score'),
    connection: document.getElementById('connection')
  };
  var shownQuestion = null;
  var loadingQuestion = null;
  var lateTap = null;
  var sending = false;
  var latest = null;
  var source = null;
  var pollTimer = null;
  var ticker = null;
  var deadline = null;

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return String(values[Number(i)]); });
  }

  function number(n) {
    return (typeof n === 'number') ? n.toLocaleString(document.documentElement.lang || undefined) : '';
  }

  function headers(json) {
    var h = { 'X-Player-Token': token, 'Accept': 'application/json' };
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  // One screen for everything but the question; its kind sets the colour, the words say the rest.
  function showStatus(kind, icon, text, detail, why, points) {
    els.card.hidden = true;
    els.status.hidden = false;
    els.status.className = 'screen status ' + kind;
    els.icon.textContent = icon || '';
    els.statusText.textContent = text;
    els.statusDetail.textContent = detail || '';
    els.why.textContent = why || '';
    els.why.hidden = !why;
    els.points.textContent = points || '';
    els.points.hidden = !points;
    stopTimer();
  }

  function letterIndex(letter) { return 'ABCDE'.indexOf(letter); }

  function renderQuestion(q, state) {
    shownQuestion = q.questionId;
    els.number.textContent = fill(data.msgQuestion, [q.index + 1, state.questionCount]);
    els.stem.textContent = q.stem;
    els.stem.lang = q.lang || '';
    els.options.textContent = '';
    els.options.className = 'tiles n' + q.options.length;
    q.options.forEach(function (o, i) {
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'tile tile-' + i;
      button.dataset.option = o.id;
      button.lang = q.lang || '';
      var head = document.createElement('span');
      head.className = 'tile-head';
      var shape = document.createElement('span');
      shape.className = 'shape';
      shape.setAttribute('aria-hidden', 'true');
      var letter = document.createElement('span');
      letter.className = 'tile-letter';
      letter.textContent = o.id;
      head.appendChild(shape);
      head.appendChild(letter);
      var text = document.createElement('span');
      text.className = 'tile-text';
      text.textContent = o.text;
      button.appendChild(head);
      button.appendChild(text);
      button.addEventListener('click', function () { answer(q.questionId, o.id, button); });
      li.appendChild(button);
      els.options.appendChild(li);
    });
    showQuestion(q.millisLeft);
  }

  function showQuestion(millisLeft) {
    els.status.hidden = true;
    els.card.hidden = false;
    startTimer(millisLeft);
  }

  function startTimer(millisLeft) {
    stopTimer();
    if (typeof millisLeft !== 'number') { els.timer.textContent = ''; return; }
    deadline = Date.now() + millisLeft;
    function draw() {
      var ms = Math.max(0, deadline - Date.now());
      els.timer.textContent = fill(data.msgSeconds, [Math.ceil(ms / 1000)]);
    }
    draw();
    ticker = window.setInterval(draw, 250);
  }

  function stopTimer() {
    if (ticker) { window.clearInterval(ticker); ticker = null; }
  }

  function setTilesEnabled(enabled, chosen) {
    els.options.classList.toggle('locked', !enabled);
    Array.prototype.forEach.call(els.options.querySelectorAll('button'), function (b) {
      b.disabled = !enabled;
      b.classList.toggle('sending', !enabled && b.dataset.option === chosen);
    });
  }

  function lockedIn(optionId) {
    showStatus('answered', SHAPES[letterIndex(optionId)], fill(data.msgSent, [optionId]), data.msgWait);
  }

  function answer(questionId, optionId) {
    if (sending) { return; }
    sending = true;
    setTilesEnabled(false, optionId);
    fetch(data.answerUrl, { method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({ questionId: questionId, optionId: optionId }) })
      .then(function (res) {
        if (res.status === 201) { lockedIn(optionId); return null; }
        return res.json().catch(function () { return {}; }).then(function (problem) { refused(questionId, problem || {}); });
      })
      .catch(function () {
        els.connection.textContent = data.msgOffline;
        setTilesEnabled(true);
      })
      .finally(function () { sending = false; });
  }

  function refused(questionId, problem) {
    if (problem.error === 'TIME_UP') {
      lateTap = questionId;
      showStatus('closed', '\u25D4', data.msgTimeUp, data.msgTimeUpLate);
    } else if (problem.error === 'NOT_CURRENT') {
      showStatus('closed', '\u25D4', data.msgClosed, '');
      poll();
    } else if (problem.error === 'ALREADY_ANSWERED' || problem.error === 'FINISHED') {
      poll();
    } else {
      els.connection.textContent = problem.detail ? data.msgRefused : data.msgOffline;
      setTilesEnabled(true);
    }
  }

  function standing(state) {
    if (typeof state.rank !== 'number') { return ''; }
    return fill(data.msgStanding, [number(state.points), state.rank, state.rankOf]);
  }

  function render(state) {
    latest = state;
    els.connection.textContent = '';
    if (typeof state.points === 'number') {
      els.score.textContent = fill(data.msgPoints, [number(state.points)]);
    }
    if (state.state === 'LOBBY') {
      shownQuestion = null;
      showStatus('lobby', '\u2714', data.msgLobby, '');
    } else if (state.state === 'FINISHED') {
      shownQuestion = null;
      showStatus('final', '\u2605', data.msgFinished,
        (typeof state.rank === 'number') ? fill(data.msgFinalRank, [state.rank, state.rankOf]) : '', '',
        fill(data.msgFinalScore, [state.score, state.questionCount, number(state.points)]));
    } else if (state.state === 'QUESTION' && state.answered) {
      lockedIn(state.yourOptionId);
    } else if (state.state === 'QUESTION') {
      if (lateTap === state.questionId) { return; }
      if (shownQuestion !== state.questionId) {
        if (loadingQuestion === state.questionId) { return; }
        loadingQuestion = state.questionId;
        fetch(data.questionUrl, { headers: headers(false), credentials: 'same-origin', cache: 'no-store' })
          .then(function (res) { return res.ok ? res.json() : null; })
          .then(function (q) {
            // only if the phone has not moved on meanwhile
            if (q && latest && latest.state === 'QUESTION' && latest.questionId === q.questionId) { renderQuestion(q, latest); }
          })
          .finally(function () { loadingQuestion = null; });
      } else if (els.card.hidden) {
        setTilesEnabled(true);
        showQuestion(state.millisLeft);
      } else {
        startTimer(state.millisLeft);
      }
    } else if (state.state === 'CLOSED') {
      if (state.answered) {
        showStatus('closed', '\u25D4', data.msgTimeUp, fill(data.msgTimeUpAnswered, [state.yourOptionId]));
      } else {
        showStatus('closed', '\u25D4', data.msgTimeUp, (lateTap === state.questionId) ? data.msgTimeUpLate : data.msgTimeUpMissed);
      }
    } else if (state.state === 'REVEALED') {
      var detail = fill(data.msgAnswerWas, [state.correctOptionId, state.correctOptionText || '']);
      var points = '';
      if (typeof state.gained === 'number') {
        points = fill(data.msgGained, [number(state.gained)]) + ' \u00B7 ' + standing(state);
      }
      if (state.yourOptionId === null || state.yourOptionId === undefined) {
        showStatus('missed', '\u2013', (lateTap === state.questionId) ? data.msgTimeUp : data.msgMissed, detail,
          state.explanation, points);
      } else if (state.correct) {
        showStatus('right', '\u2714', data.msgRight, detail, state.explanation, points);
      } else {
        showStatus('wrong', '\u2716', data.msgWrong, detail, state.explanation, points);
      }
    }
  }

  function poll() {
    return fetch(data.stateUrl, { headers: headers(false), credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) {
        if (res.status === 403 || res.status === 404) { window.location.reload(); return null; }
        return res.ok ? res.json() : null;
      })
      .then(function (state) { if (state) { render(state); } })
      .catch(function () { els.connection.textContent = data.msgOffline; });
  }

  // Polling is the fallback: it runs only while the event stream is down.
  function startPolling() {
    if (pollTimer) { return; }
    (function loop() {
      poll();
      pollTimer = window.setTimeout(loop, document.hidden ? 4000 : 1500);
    }());
  }

  function stopPolling() {
    if (pollTimer) { window.clearTimeout(pollTimer); pollTimer = null; }
  }

  function connect() {
    if (!window.EventSource || !data.eventsUrl) { startPolling(); return; }
    source = new EventSource(data.eventsUrl);
    source.addEventListener('state', function (event) {
      stopPolling();
      render(JSON.parse(event.data));
    });
    source.addEventListener('gone', function () { window.location.reload(); });
    source.onerror = function () {
      startPolling();
      if (source.readyState === EventSource.CLOSED) {
        // the server refused the stream: keep polling, and try the stream again later
        source = null;
        window.setTimeout(connect, 15000);
      }
    };
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) { poll(); }
  });
  connect();
}());
