// The lab page: two xterm.js consoles on WebSockets, live figures from the JSON API, the timeline
// chart and the summary. No inline scripts (CSP script-src 'self'); texts come from data-msg-*.
(function () {
  'use strict';

  var root = document.getElementById('lab');
  if (!root) { return; }
  var api = root.getAttribute('data-api');
  var wsPath = root.getAttribute('data-ws');
  var KINDS = ['VM', 'CONTAINER'];
  var FINAL = { FINISHED: true, FAILED: true, TIMED_OUT: true };
  var SVG = 'http://www.w3.org/2000/svg';

  function msg(name, args) {
    var text = root.getAttribute('data-msg-' + name) || '';
    (args || []).forEach(function (a, i) { text = text.split('{' + i + '}').join(a); });
    return text;
  }

  var sides = {};
  KINDS.forEach(function (kind) {
    var pane = document.querySelector('.lab-pane[data-kind="' + kind + '"]');
    sides[kind] = {
      kind: kind, pane: pane, runId: null, run: null, socket: null, timer: null,
      host: pane.querySelector('.lab-terminal'), term: null, fit: null
    };
  });
  var compareButton = document.getElementById('lab-compare');
  var stopButton = document.getElementById('lab-stop');
  var demoButtons = Array.prototype.slice.call(document.querySelectorAll('.lab-demo-button'));
  var message = document.getElementById('lab-message');

  function terminal(side) {
    if (side.term || typeof Terminal === 'undefined') { return side.term; }
    side.host.textContent = '';
    side.host.removeAttribute('data-placeholder');
    side.term = new Terminal({
      convertEol: false, cursorBlink: true, rows: 18, fontSize: 13, scrollback: 2000,
      fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
      theme: { background: '#10161d', foreground: '#e6edf3' }
    });
    if (typeof FitAddon !== 'undefined') {
      side.fit = new FitAddon.FitAddon();
      side.term.loadAddon(side.fit);
    }
    side.term.open(side.host);
    // Tab would stay in the console for ever (a keyboard trap): it moves focus on, as everywhere
    // else on the page; Ctrl+I sends the same character to the shell for completion.
    side.term.attachCustomKeyEventHandler(function (event) {
      return !(event.key === 'Tab' && !event.ctrlKey && !event.altKey && !event.metaKey);
    });
    fit(side);
    side.term.onData(function (data) {
      if (side.socket && side.socket.readyState === WebSocket.OPEN) { side.socket.send(data); }
    });
    side.term.onResize(function () { sendSize(side); });
    return side.term;
  }

  // The terminal's size goes to the server as a binary frame (text frames are keystrokes), so that the
  // guest's shell wraps long lines where this terminal does.
  function sendSize(side) {
    if (side.term && side.socket && side.socket.readyState === WebSocket.OPEN) {
      side.socket.send(new TextEncoder().encode(JSON.stringify({ rows: side.term.rows, cols: side.term.cols })));
    }
  }

  function fit(side) {
    if (side.fit) { try { side.fit.fit(); } catch (e) { /* hidden pane */ } }
  }

  window.addEventListener('resize', function () { KINDS.forEach(function (k) { fit(sides[k]); }); });

  function showEmpty() {
    KINDS.forEach(function (k) {
      var side = sides[k];
      if (!side.term) { side.host.setAttribute('data-placeholder', side.host.getAttribute('data-empty') || ''); }
    });
  }

  function connect(side) {
    var term = terminal(side);
    if (term) { term.reset(); }
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + wsPath + side.runId);
    socket.binaryType = 'arraybuffer';
    socket.onopen = function () { sendSize(side); };
    socket.onmessage = function (event) {
      if (typeof event.data === 'string') { control(side, event.data); return; }
      if (side.term) { side.term.write(new Uint8Array(event.data)); }
    };
    socket.onclose = function (event) {
      if (event.code === 4408) { notice(side, msg('too-slow')); }
    };
    side.socket = socket;
  }

  // Text frames from the server: whether this terminal may type, refused input, the run's end.
  function control(side, text) {
    var note;
    try { note = JSON.parse(text); } catch (e) { note = {}; }
    if (note.input === 'PAUSED') { notice(side, msg('input-paused')); }
    else if (note.input === 'READ_ONLY' || note.interactive === false) { notice(side, msg('read-only')); }
    else if (note.input === 'ACCEPTED') { notice(side, msg('input-resumed')); }
    if (note.closed) { poll(side); }
  }

  function notice(side, text) {
    if (side.term && text) { side.term.write('\r\n\u001b[33m' + text + '\u001b[0m\r\n'); }
  }

  function disconnect(side) {
    if (side.socket) { side.socket.close(); side.socket = null; }
    if (side.timer) { clearTimeout(side.timer); side.timer = null; }
  }

  function poll(side) {
    if (!side.runId) { return; }
    var id = side.runId;
    // While a run boots, one long-poll answers the moment it is ready: no polling that would take CPU
    // from the guest, and the page shows readiness without a poll interval's delay.
    var booting = side.run && side.run.id === id && side.run.state === 'STARTING';
    fetch(api + '/runs/' + id + (booting ? '?waitMs=10000' : ''), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (run) {
        if (!run || side.runId !== id) { return; }
        side.run = run;
        render();
        if (side.timer) { clearTimeout(side.timer); }
        side.timer = FINAL[run.state] ? null : setTimeout(function () { poll(side); },
          run.state === 'RUNNING' ? 2000 : (run.state === 'STARTING' ? 0 : 250));
      })
      .catch(function () { side.timer = setTimeout(function () { poll(side); }, 2000); });
  }

  function seconds(ms) {
    if (ms === null || ms === undefined) { return null; }
    return ms < 1000 ? msg('millis', [String(ms)]) : msg('seconds', [(ms / 1000).toFixed(2)]);
  }

  function megabytes(kb) {
    if (!kb) { return null; }
    return msg('mb', [(kb / 1024).toFixed(kb < 10240 ? 1 : 0)]);
  }

  function uptime(ms) {
    if (ms === null || ms === undefined) { return null; }
    var min = Math.floor(ms / 60000);
    if (min < 2) { return msg('seconds', [(ms / 1000).toFixed(1)]); }
    if (min < 60) { return msg('minutes', [String(min)]); }
    if (min < 1440) { return msg('hours', [String(Math.floor(min / 60)), String(min % 60)]); }
    return msg('days', [String(Math.floor(min / 1440)), String(Math.floor(min / 60) % 24)]);
  }

  function bootId(run) {
    if (!run.bootId) { return null; }
    return msg(run.bootId === run.hostBootId ? 'boot-host' : 'boot-own', [run.bootId.slice(0, 8)]);
  }

  function yesNo(flag) {
    return flag === null || flag === undefined ? null : msg(flag ? 'yes' : 'no');
  }

  function figures(run) {
    return {
      ready: seconds(run.readyMillis),
      rss: megabytes(run.rssKb),
      kernel: run.guestKernel,
      processes: run.processCount === null ? null : String(run.processCount),
      memTotal: megabytes(run.memTotalKb),
      cpu: yesNo(run.hypervisorFlag),
      uptime: uptime(run.uptimeMillis),
      bootId: bootId(run),
      board: run.state === 'QUEUED' || run.readyMillis === null ? null : (run.board || msg('board-none')),
      cpus: run.cpuCount === null || run.cpuCount === undefined ? null : String(run.cpuCount),
      firstProcess: run.firstProcess
    };
  }

  function set(el, text) {
    if (el && text !== null && text !== undefined) { el.textContent = text; }
  }

  function render() {
    var queued = [];
    KINDS.forEach(function (kind) {
      var side = sides[kind];
      var run = side.run;
      if (!run) { return; }
      var badge = side.pane.querySelector('[data-field="state"]');
      set(badge, msg('state-' + run.state.toLowerCase()));
      badge.className = 'badge lab-state lab-' + run.state.toLowerCase();
      var f = figures(run);
      ['ready', 'rss', 'kernel', 'processes', 'memTotal'].forEach(function (name) {
        set(side.pane.querySelector('[data-field="' + name + '"]'), f[name]);
      });
      if (kind === 'VM' && run.accelerator) { set(side.pane.querySelector('[data-field="engine"]'), msg(run.accelerator)); }
      SUMMARY_ROWS.forEach(function (row) {
        set(document.querySelector('tr[data-row="' + row + '"] td[data-side="' + kind + '"]'), f[row]);
      });
      if (run.state === 'QUEUED' && run.queuePosition) { queued.push(run); }
    });
    var vm = sides.VM.run, ct = sides.CONTAINER.run;
    if (vm && ct) { markDifferences(figures(vm), figures(ct), ct); }
    if (queued.length) {
      // the run furthest back decides when both sides can start
      var last = queued.reduce(function (a, b) { return b.queuePosition > a.queuePosition ? b : a; });
      message.textContent = last.estimatedWaitMillis === null || last.estimatedWaitMillis === undefined
        ? msg('queue', [String(last.queuePosition)])
        : msg('queue-wait', [String(last.queuePosition), uptime(last.estimatedWaitMillis)]);
    }
    else if (message.getAttribute('data-kind') === 'queue') { message.textContent = ''; }
    message.setAttribute('data-kind', queued.length ? 'queue' : (message.getAttribute('data-kind') || ''));
    var running = KINDS.some(function (k) { return sides[k].run && sides[k].run.state === 'RUNNING'; });
    var active = KINDS.some(function (k) { return sides[k].run && !FINAL[sides[k].run.state]; });
    demoButtons.forEach(function (b) { b.disabled = !running; });
    stopButton.disabled = !active;
    timeline();
  }

  // The rows whose two sides are compared; the hypervisor flag comes last, because a VM host shows it
  // to its containers too.
  var SUMMARY_ROWS = ['kernel', 'uptime', 'bootId', 'board', 'cpus', 'memTotal', 'firstProcess', 'processes',
    'ready', 'rss', 'cpu'];

  window.addEventListener('resize', function () { timeline(); });

  function markDifferences(vm, ct, ctRun) {
    SUMMARY_ROWS.forEach(function (row) {
      var tr = document.querySelector('tr[data-row="' + row + '"]');
      if (tr && vm[row] !== null && vm[row] !== undefined && ct[row] !== null && ct[row] !== undefined) {
        tr.classList.toggle('lab-differs', vm[row] !== ct[row]);
      }
    });
    var note = document.querySelector('tr[data-row="cpu"] .lab-hv-note');
    if (note) { note.hidden = ctRun.hypervisorFlag !== true; }
  }

  function timeline() {
    var box = document.getElementById('lab-timeline');
    var runs = KINDS.map(function (k) { return sides[k].run; }).filter(Boolean);
    if (!runs.length) { return; }
    var t0 = Math.min.apply(null, runs.map(function (r) { return Date.parse(r.createdAt); }));
    var spans = runs.map(function (r) {
      var offset = Date.parse(r.createdAt) - t0;
      var wait = r.waitMillis === null ? r.elapsedMillis : r.waitMillis;
      var ready = r.readyMillis === null ? null : offset + wait + r.readyMillis;
      return { run: r, start: offset, launched: offset + wait, ready: ready, end: offset + r.elapsedMillis };
    });
    var horizon = Math.max(1000, Math.max.apply(null, spans.map(function (s) {
      return s.ready !== null ? s.ready * 1.25 : s.end;
    })));
    // Drawn at the box's own width, so that a phone gets 12-pixel labels rather than a 600-unit
    // drawing scaled down; below 480 px the names go above the bars instead of beside them.
    var width = Math.max(280, Math.round(box.clientWidth || 600));
    var narrow = width < 480;
    var rowH = narrow ? 44 : 34, left = narrow ? 8 : 92, top = 8, axis = 22, barTop = narrow ? 18 : 0;
    var height = top + spans.length * rowH + axis;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('class', 'lab-timeline-svg');
    svg.setAttribute('role', 'img');
    function x(ms) { return left + Math.min(ms, horizon) / horizon * (width - left - 10); }
    function el(name, attrs, text) {
      var e = document.createElementNS(SVG, name);
      Object.keys(attrs).forEach(function (a) { e.setAttribute(a, attrs[a]); });
      if (text !== undefined) { e.textContent = text; }
      svg.appendChild(e);
      return e;
    }
    // Ticks at least 56 px apart, so that their labels ("12.5 s") never touch.
    var plot = width - left - 10;
    var step = [100, 200, 500, 1000, 2000, 5000, 10000, 20000, 30000, 60000, 120000, 300000, 600000]
      .filter(function (st) { return st / horizon * plot >= 56; })[0] || 600000;
    for (var t = 0; t <= horizon; t += step) {
      el('line', { x1: x(t), x2: x(t), y1: top, y2: height - axis + 4, class: 'lab-tl-grid' });
      var anchor = x(t) < left + 12 ? 'start' : x(t) > width - 24 ? 'end' : 'middle';
      el('text', { x: x(t), y: height - 6, class: 'lab-tl-tick', 'text-anchor': anchor }, (t / 1000) + ' s');
    }
    var labels = [];
    spans.forEach(function (s, i) {
      var y = top + i * rowH + 6;
      var cls = s.run.kind === 'VM' ? 'vm' : 'ct';
      var name = msg(s.run.kind === 'VM' ? 'timeline-vm' : 'timeline-container');
      el('text', { x: narrow ? left : 4, y: narrow ? y + 8 : y + 15, class: 'lab-tl-label' }, name);
      y += barTop;
      el('rect', { x: x(s.start), y: y, width: Math.max(1, x(s.launched) - x(s.start)), height: 20, class: 'lab-tl-wait' });
      var bootEnd = s.ready !== null ? s.ready : s.end;
      el('rect', { x: x(s.launched), y: y, width: Math.max(1, x(bootEnd) - x(s.launched)), height: 20, class: 'lab-tl-boot ' + cls });
      if (s.ready !== null) {
        el('rect', { x: x(s.ready), y: y, width: Math.max(2, x(s.end) - x(s.ready)), height: 20, class: 'lab-tl-run ' + cls });
        labels.push(msg('ready-at', [name, seconds(s.run.readyMillis)]));
      }
    });
    svg.setAttribute('aria-label', labels.join('; '));
    box.textContent = '';
    box.appendChild(svg);
    if (labels.length) {
      var p = document.createElement('p');
      p.className = 'small lab-tl-caption';
      p.textContent = labels.join(' · ');
      box.appendChild(p);
    }
    if (runs.some(function (r) { return !FINAL[r.state] && r.readyMillis === null; })) {
      requestAnimationFrame(function () { setTimeout(timeline, 100); });
    }
  }

  function problem(response) {
    return response.json().catch(function () { return {}; }).then(function (body) {
      var detail = body.detail || response.statusText;
      var key = response.status === 429 ? 'busy' : response.status === 503 ? 'unavailable' : 'error';
      message.textContent = msg(key, [detail]);
      message.setAttribute('data-kind', 'error');
    });
  }

  function stopAll() {
    var stops = KINDS.map(function (k) {
      var side = sides[k];
      if (!side.runId || (side.run && FINAL[side.run.state])) { return Promise.resolve(); }
      return fetch(api + '/runs/' + side.runId, { method: 'DELETE' }).then(function () { poll(side); });
    });
    return Promise.all(stops);
  }

  compareButton.addEventListener('click', function () {
    compareButton.disabled = true;
    message.textContent = '';
    message.setAttribute('data-kind', '');
    stopAll().then(function () {
      return fetch(api + '/compare', { method: 'POST', headers: { Accept: 'application/json' } });
    }).then(function (response) {
      if (!response.ok) { return problem(response); }
      return response.json().then(function (both) {
        KINDS.forEach(function (kind) {
          var side = sides[kind];
          disconnect(side);
          side.run = null;
          side.runId = both[kind === 'VM' ? 'vm' : 'container'].runId;
          side.pane.setAttribute('data-run-id', side.runId);
          connect(side);
          poll(side);
        });
      });
    }).catch(function (e) {
      message.textContent = msg('error', [String(e)]);
    }).then(function () { compareButton.disabled = false; });
  });

  stopButton.addEventListener('click', function () { stopAll(); });

  demoButtons.forEach(function (button) {
    button.addEventListener('click', function () {
      var command = button.getAttribute('data-command') + '\r';
      KINDS.forEach(function (k) {
        var side = sides[k];
        if (side.socket && side.socket.readyState === WebSocket.OPEN && side.run && side.run.state === 'RUNNING') {
          side.socket.send(command);
        }
      });
    });
  });

  // While the server is still checking itself or detecting the accelerator, follow along.
  function watchCapabilities() {
    fetch(api + '/capabilities').then(function (r) { return r.json(); }).then(function (caps) {
      var accel = document.getElementById('lab-accelerator');
      var reason = document.getElementById('lab-accelerator-reason');
      if (accel && caps.vm.accelerator) { accel.textContent = msg(caps.vm.accelerator); }
      if (reason && caps.vm.acceleratorReason) {
        reason.textContent = msg('reason-' + caps.vm.acceleratorReason.toLowerCase(), [String(caps.vm.canaryMillis)]);
      }
      var settled = caps.vm.accelerator || caps.vm.missing.length;
      var pending = (!caps.vm.available && !caps.vm.missing.length) || (!caps.container.available && !caps.container.missing.length);
      if (pending) { setTimeout(watchCapabilities, 1500); return; }
      if (caps.vm.available && caps.container.available && compareButton.disabled && !sides.VM.runId) {
        if (document.querySelector('.lab-status-item.missing')) { location.reload(); return; }
        compareButton.disabled = false;
      }
      if (!settled) { setTimeout(watchCapabilities, 1500); }
    }).catch(function () { setTimeout(watchCapabilities, 5000); });
  }

  // Leaving the page frees the slots at once instead of waiting for the idle limit.
  window.addEventListener('pagehide', function () {
    KINDS.forEach(function (k) {
      var side = sides[k];
      if (side.runId && !(side.run && FINAL[side.run.state])) {
        fetch(api + '/runs/' + side.runId, { method: 'DELETE', keepalive: true });
      }
    });
  });

  showEmpty();
  watchCapabilities();
}());
