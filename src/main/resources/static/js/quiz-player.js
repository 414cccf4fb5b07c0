// A student's phone in a live session: polls the session's state, shows the open question, sends
// one answer, then shows whether it was right once the teacher reveals it. No page reloads.
(function () {
  'use strict';
  var root = document.getElementById('play');
  if (!root) { return; }
  var data = root.dataset;
  var token = data.token;
  var els = {
    status: document.getElementById('status'),
    statusText: document.getElementById('status-text'),
    statusDetail: document.getElementById('status-detail'),
    card: document.getElementById('question-card'),
    number: document.getElementById('question-number'),
    timer: document.getElementById('timer'),
    stem: document.getElementById('question-stem'),
    options: document.getElementById('question-options'),
    score: document.getElementById('me-score'),
    connection: document.getElementById('connection')
  };
  var shownQuestion = null;
  var optionTexts = {};
  var sending = false;
  var pollTimer = null;

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) { return values[Number(i)]; });
  }

  function headers(json) {
    var h = { 'X-Player-Token': token, 'Accept': 'application/json' };
    if (json) { h['Content-Type'] = 'application/json'; }
    return h;
  }

  function showStatus(text, detail) {
    els.card.hidden = true;
    els.status.hidden = false;
    els.statusText.textContent = text;
    els.statusDetail.textContent = detail || '';
  }

  function renderQuestion(q, state) {
    shownQuestion = q.questionId;
    optionTexts = {};
    els.number.textContent = fill(data.msgQuestion, [q.index + 1, state.questionCount]);
    els.stem.textContent = q.stem;
    els.options.textContent = '';
    q.options.forEach(function (o) {
      optionTexts[o.id] = o.text;
      var li = document.createElement('li');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'option-button';
      button.dataset.option = o.id;
      var letter = document.createElement('span');
      letter.className = 'letter';
      letter.textContent = o.id;
      var text = document.createElement('span');
      text.textContent = o.text;
      button.appendChild(letter);
      button.appendChild(text);
      button.addEventListener('click', function () { answer(q.questionId, o.id, button); });
      li.appendChild(button);
      els.options.appendChild(li);
    });
    els.status.hidden = true;
    els.card.hidden = false;
  }

  function lockOptions(chosen) {
    Array.prototype.forEach.call(els.options.querySelectorAll('button'), function (b) {
      b.disabled = true;
      if (b.dataset.option === chosen) { b.classList.add('chosen'); }
    });
  }

  function answer(questionId, optionId, button) {
    if (sending) { return; }
    sending = true;
    lockOptions(optionId);
    fetch(data.answerUrl, { method: 'POST', headers: headers(true), credentials: 'same-origin',
      body: JSON.stringify({ questionId: questionId, optionId: optionId }) })
      .then(function (res) {
        if (res.status === 201 || res.status === 409) {
          poll();
        } else {
          els.connection.textContent = data.msgRefused;
          Array.prototype.forEach.call(els.options.querySelectorAll('button'), function (b) { b.disabled = false; b.classList.remove('chosen'); });
        }
      })
      .catch(function () {
        els.connection.textContent = data.msgOffline;
        Array.prototype.forEach.call(els.options.querySelectorAll('button'), function (b) { b.disabled = false; b.classList.remove('chosen'); });
      })
      .finally(function () { sending = false; });
  }

  function render(state) {
    els.connection.textContent = '';
    if (state.score !== null && state.score !== undefined) {
      els.score.textContent = fill(data.msgScore, [state.score]);
    }
    els.timer.textContent = (state.secondsLeft !== null && state.secondsLeft !== undefined)
      ? fill(data.msgSeconds, [state.secondsLeft]) : '';
    if (state.state === 'LOBBY') {
      shownQuestion = null;
      showStatus(data.msgLobby, '');
    } else if (state.state === 'FINISHED') {
      shownQuestion = null;
      showStatus(data.msgFinished, fill(data.msgScore, [state.score]));
    } else if (state.state === 'QUESTION' && !state.answered) {
      if (shownQuestion !== state.questionId) {
        fetch(data.questionUrl, { headers: headers(false), credentials: 'same-origin' })
          .then(function (res) { return res.ok ? res.json() : null; })
          .then(function (q) { if (q) { renderQuestion(q, state); } });
      } else if (els.card.hidden) {
        els.status.hidden = true;
        els.card.hidden = false;
      }
    } else if (state.state === 'QUESTION') {
      showStatus(fill(data.msgSent, [state.yourOptionId]), data.msgWait);
    } else if (state.state === 'REVEALED') {
      if (shownQuestion !== state.questionId) {
        shownQuestion = state.questionId;
        fetch(data.questionUrl, { headers: headers(false), credentials: 'same-origin' })
          .then(function (res) { return res.ok ? res.json() : null; })
          .then(function (q) {
            if (q) { q.options.forEach(function (o) { optionTexts[o.id] = o.text; }); render(state); }
          });
      }
      var right = state.correctOptionId;
      var detail = fill(data.msgAnswerWas, [right, optionTexts[right] || '']);
      if (state.yourOptionId === null || state.yourOptionId === undefined) {
        showStatus(data.msgMissed, detail);
      } else {
        showStatus(state.correct ? data.msgRight : data.msgWrong, detail);
      }
      els.status.classList.toggle('right', state.correct === true);
    }
  }

  function poll() {
    fetch(data.stateUrl, { headers: headers(false), credentials: 'same-origin', cache: 'no-store' })
      .then(function (res) {
        if (res.status === 403 || res.status === 404) { window.location.reload(); return null; }
        return res.ok ? res.json() : null;
      })
      .then(function (state) { if (state) { render(state); } })
      .catch(function () { els.connection.textContent = data.msgOffline; });
  }

  function loop() {
    poll();
    pollTimer = window.setTimeout(loop, document.hidden ? 4000 : 1500);
  }

  document.addEventListener('visibilitychange', function () {
    if (!document.hidden) { window.clearTimeout(pollTimer); loop(); }
  });
  loop();
}());
