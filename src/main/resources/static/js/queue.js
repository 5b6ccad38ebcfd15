// The counter floor's behaviours (no script in the pages themselves: the Content-Security-Policy forbids it).
document.addEventListener('DOMContentLoaded', function () {
  // Printed ticket: print when the kiosk asks (?in=1), then back to the kiosk after a while.
  var paper = document.getElementById('ticket-paper');
  if (paper) {
    document.getElementById('print-ticket')?.addEventListener('click', function () { window.print(); });
    if (paper.dataset.autoprint === 'true') {
      window.print();
    }
    if (paper.dataset.back) {
      setTimeout(function () { window.location.href = paper.dataset.back; }, 20000);
    }
  }

  // Live ticket page: refresh the figures every 15 s from the public API.
  var live = document.getElementById('live-ticket');
  if (live) {
    setInterval(function () {
      fetch(live.dataset.api, { headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (t) {
          if (!t) { return; }
          var text = live.dataset['status' + t.status.split('_').map(function (w) { return w.charAt(0) + w.slice(1).toLowerCase(); }).join('')];
          if (text) { document.getElementById('live-state').textContent = text.replace('{0}', t.counter == null ? '' : t.counter); }
          var ahead = document.getElementById('live-ahead');
          var estimate = document.getElementById('live-estimate');
          if (ahead) { ahead.textContent = t.status === 'WAITING' ? live.dataset.aheadText.replace('{0}', t.ahead) : ''; }
          if (estimate) { estimate.textContent = t.estimatedWaitMinutes == null ? '' : live.dataset.estimateText.replace('{0}', t.estimatedWaitMinutes); }
        })
        .catch(function () { /* offline: try again at the next tick */ });
    }, 15000);
  }

  // Display board: calls by Server-Sent Events, spoken in Vietnamese.
  var board = document.getElementById('board');
  if (board) { startBoard(board); }
});

function startBoard(board) {
  var last = Number(board.dataset.lastSeq || 0);
  var speaking = false;
  var voice = null;
  var queue = [];
  var status = document.getElementById('board-status');

  function pickVoice() {
    if (!('speechSynthesis' in window)) { return; }
    var voices = window.speechSynthesis.getVoices();
    voice = voices.find(function (v) { return v.lang && v.lang.toLowerCase().indexOf('vi') === 0; }) || null;
  }
  if ('speechSynthesis' in window) {
    pickVoice();
    window.speechSynthesis.onvoiceschanged = pickVoice;
  }
  var soundButton = document.getElementById('board-sound');
  soundButton?.addEventListener('click', function () {
    speaking = true;
    soundButton.hidden = true;
    say('Xin kính chào quý khách');
  });

  function say(text) {
    if (!speaking || !('speechSynthesis' in window)) { return; }
    var u = new SpeechSynthesisUtterance(text);
    u.lang = 'vi-VN';
    if (voice) { u.voice = voice; }
    u.rate = 0.9;
    window.speechSynthesis.speak(u);
  }

  function show(call) {
    var now = document.getElementById('board-now');
    document.getElementById('board-now-number').textContent = call.number;
    document.getElementById('board-now-counter').textContent = call.counter;
    now.classList.remove('flash');
    void now.offsetWidth; // restart the animation
    now.classList.add('flash');
    var cell = document.querySelector('[data-counter="' + call.counter + '"] .num');
    if (cell) {
      cell.textContent = call.number;
    } else {
      var grid = document.getElementById('board-counters');
      var div = document.createElement('div');
      div.className = 'counter-cell';
      div.dataset.counter = call.counter;
      div.innerHTML = '<div class="label"></div><div class="num"></div>';
      div.querySelector('.label').textContent = board.dataset.counterLabel + ' ' + call.counter;
      div.querySelector('.num').textContent = call.number;
      grid.appendChild(div);
    }
    var recent = document.getElementById('board-recent');
    var li = document.createElement('li');
    li.textContent = call.number + ' → ' + call.counter;
    recent.insertBefore(li, recent.firstChild);
    while (recent.children.length > 6) { recent.removeChild(recent.lastChild); }
    say(call.spoken);
  }

  var source;
  function connect() {
    // A new EventSource does not send Last-Event-ID itself: the last id seen goes in the address.
    source = new EventSource(board.dataset.stream + '?after=' + last);
    source.addEventListener('open', function () {
      status.textContent = board.dataset.onlineText;
      status.classList.remove('offline');
    });
    source.addEventListener('call', function (e) {
      var call = JSON.parse(e.data);
      if (call.seq <= last) { return; }
      last = call.seq;
      board.dataset.lastSeq = last;
      show(call);
    });
    source.addEventListener('error', function () {
      status.textContent = board.dataset.offlineText;
      status.classList.add('offline');
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(connect, 3000);
      }
      // otherwise the browser reconnects by itself, sending Last-Event-ID
    });
  }
  connect();
}
