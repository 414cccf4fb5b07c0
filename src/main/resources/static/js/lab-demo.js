// The class demo, for the instructor and for viewers: both consoles on one WebSocket (the first byte
// of each binary frame names the console). The instructor's screen types and shows the viewer count;
// a viewer's terminal takes no input, and the server refuses any it sends. No inline scripts.
(function () {
  'use strict';

  var root = document.getElementById('lab-demo');
  if (!root || !root.getAttribute('data-code')) { return; }
  var code = root.getAttribute('data-code');
  var instructor = root.getAttribute('data-role') === 'instructor';
  var KINDS = ['VM', 'CONTAINER'];
  var PREFIX = { VM: 'V', CONTAINER: 'C' };
  var message = document.getElementById('demo-message');
  var socket = null;
  var ended = false;

  function msg(name) { return root.getAttribute('data-msg-' + name) || ''; }

  function say(text, error) {
    if (!message) { return; }
    message.textContent = text;
    message.setAttribute('data-kind', error ? 'error' : '');
  }

  var qr = document.getElementById('demo-qr');
  var url = root.getAttribute('data-url');
  if (qr && url && window.qrcode) {
    var q = window.qrcode(0, 'M');
    q.addData(url);
    q.make();
    qr.innerHTML = q.createSvgTag({ cellSize: 4, margin: 2, scalable: true });
  }

  var sides = {};
  KINDS.forEach(function (kind) {
    var pane = document.querySelector('.lab-pane[data-kind="' + kind + '"]');
    if (!pane) { return; }
    var side = { kind: kind, pane: pane, badge: pane.querySelector('[data-field="state"]'), closed: false, term: null, fit: null };
    if (typeof Terminal !== 'undefined') {
      side.term = new Terminal({
        convertEol: false, cursorBlink: instructor, disableStdin: !instructor, rows: 18, fontSize: 13, scrollback: 2000,
        fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
        theme: { background: '#10161d', foreground: '#e6edf3' }
      });
      if (typeof FitAddon !== 'undefined') {
        side.fit = new FitAddon.FitAddon();
        side.term.loadAddon(side.fit);
      }
      side.term.open(pane.querySelector('.demo-terminal'));
      fit(side);
      if (instructor) {
        side.term.onData(function (data) { send(PREFIX[kind] + data); });
      }
    }
    sides[kind] = side;
  });

  function fit(side) {
    if (side.fit) { try { side.fit.fit(); } catch (e) { /* hidden pane */ } }
  }

  window.addEventListener('resize', function () { KINDS.forEach(function (k) { if (sides[k]) { fit(sides[k]); } }); });

  function send(text) {
    if (socket && socket.readyState === WebSocket.OPEN) { socket.send(text); }
  }

  function badge(side, text, cls) {
    if (side.badge) {
      side.badge.textContent = text;
      side.badge.className = 'badge lab-state lab-' + cls;
    }
  }

  function notice(text) {
    KINDS.forEach(function (k) {
      var side = sides[k];
      if (side && side.term && text) { side.term.write('\r\n\u001b[33m' + text + '\u001b[0m\r\n'); }
    });
  }

  function connect() {
    KINDS.forEach(function (k) { if (sides[k] && sides[k].term) { sides[k].term.reset(); } });
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    socket = new WebSocket(scheme + location.host + root.getAttribute('data-ws') + encodeURIComponent(code));
    socket.binaryType = 'arraybuffer';
    socket.onopen = function () { if (!ended) { say(''); } };
    socket.onmessage = function (event) {
      if (typeof event.data === 'string') { control(event.data); return; }
      var bytes = new Uint8Array(event.data);
      var side = sides[bytes[0] === 0 ? 'VM' : 'CONTAINER'];
      if (!side) { return; }
      if (!side.closed && !side.live) { side.live = true; badge(side, msg('live'), 'running'); }
      if (side.term) { side.term.write(bytes.subarray(1)); }
    };
    socket.onclose = function (event) {
      socket = null;
      if (event.code === 4404) { say(msg('none'), true); return; }
      if (event.code === 4429) { say(msg('full'), true); return; }
      if (event.code === 4408) { say(msg('too-slow'), true); return; }
      if (!ended) {
        // a phone that slept, or a network that dropped: watch again, from what the consoles kept
        say(msg('lost'), true);
        setTimeout(connect, 2000);
      }
    };
  }

  // Text frames: whether this screen controls the demo, the viewer count, refused input, a run's end.
  function control(text) {
    var note;
    try { note = JSON.parse(text); } catch (e) { note = {}; }
    if (note.viewers !== undefined) {
      var count = document.getElementById('demo-viewers');
      if (count) { count.textContent = String(note.viewers); }
    }
    if (note.input === 'READ_ONLY') { notice(msg('read-only')); }
    else if (note.input === 'PAUSED') { notice(msg('input-paused')); }
    else if (note.input === 'ACCEPTED') { notice(msg('input-resumed')); }
    if (note.closed && sides[note.closed]) {
      var side = sides[note.closed];
      side.closed = true;
      badge(side, msg('state-' + String(note.state).toLowerCase()), String(note.state).toLowerCase());
      if (KINDS.every(function (k) { return !sides[k] || sides[k].closed; })) {
        ended = true;
        say(msg('ended'));
      }
    }
  }

  Array.prototype.slice.call(document.querySelectorAll('.lab-demo-button')).forEach(function (button) {
    button.addEventListener('click', function () { send('B' + button.getAttribute('data-command') + '\r'); });
  });

  connect();
}());
