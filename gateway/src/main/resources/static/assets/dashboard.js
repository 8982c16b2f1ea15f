// The PES 21 dashboard: the yearly report's figures, grouped by programme, kept up to date
// from GET /api/reports/live. No build chain: plain browser JavaScript.
'use strict';

(() => {
  const TOKEN = 'pes21.token';
  // The report's programmes, by indicator key prefix, in the report's order.
  const PROGRAMMES = [
    { prefix: 'dla.', title: 'Dispositif local d\u2019accompagnement (DLA)' },
    { prefix: 'accompaniment.', title: 'Création / accompagnement' },
    { prefix: 'territory.', title: 'Générateur BFC' },
    { prefix: 'events.', title: 'Événements' },
  ];
  // Without a heartbeat (sent every 15 s) for this long, the stream is taken as dead.
  const SILENCE_LIMIT_MS = 45000;
  const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000];

  const $ = (id) => document.getElementById(id);
  const state = {
    year: null,
    // Live values received for the shown year since its report was asked for: they are
    // newer than the report, which may arrive after them.
    liveSinceLoad: new Map(),
    loading: 0,
    lastEventId: null,
    stream: null,
    retries: 0,
    retryTimer: null,
  };

  function token() {
    return sessionStorage.getItem(TOKEN);
  }

  function authorized(headers = {}) {
    return { ...headers, Authorization: `Bearer ${token()}` };
  }

  // ----- Session -----

  async function login(event) {
    event.preventDefault();
    const error = $('login-error');
    error.hidden = true;
    try {
      const response = await fetch('/auth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username: $('username').value, password: $('password').value }),
      });
      if (!response.ok) {
        showLoginError(response.status === 401 ? 'Identifiant ou mot de passe incorrect.'
          : `Connexion impossible (erreur ${response.status}).`);
        return;
      }
      sessionStorage.setItem(TOKEN, (await response.json()).access_token);
      $('password').value = '';
      start();
    } catch (failure) {
      showLoginError('La passerelle ne répond pas.');
    }
  }

  function showLoginError(message) {
    const error = $('login-error');
    error.textContent = message;
    error.hidden = false;
  }

  function logout(message) {
    sessionStorage.removeItem(TOKEN);
    stopLive();
    state.lastEventId = null;
    $('dashboard').hidden = true;
    $('session').hidden = true;
    $('login-panel').hidden = false;
    if (message) {
      showLoginError(message);
    }
  }

  function start() {
    $('login-panel').hidden = true;
    $('dashboard').hidden = false;
    $('session').hidden = false;
    const fromHash = Number.parseInt(location.hash.slice(1), 10);
    showYear(fromHash >= 2000 && fromHash <= 2100 ? fromHash : new Date().getFullYear());
    startLive();
  }

  // ----- The yearly report -----

  function showYear(year) {
    $('year').value = year;
    history.replaceState(null, '', `#${year}`);
    loadYear(year);
  }

  async function loadYear(year) {
    const loading = ++state.loading;
    if (state.year !== year) {
      state.year = year;
      $('programmes').replaceChildren();
      delete $('programmes').dataset.year;
    }
    state.liveSinceLoad = new Map();
    $('report-status').textContent = 'Chargement…';
    try {
      // The CSV form carries every indicator with its French label, in the report's order.
      const response = await fetch(`/api/reports/years/${year}`, { headers: authorized({ Accept: 'text/csv' }) });
      if (loading !== state.loading) {
        return;
      }
      if (response.status === 401) {
        logout('Votre session a expiré : reconnectez-vous.');
        return;
      }
      if (!response.ok) {
        $('report-status').textContent = `Rapport indisponible (erreur ${response.status}).`;
        return;
      }
      const rows = parseCsv(await response.text());
      if (loading !== state.loading) {
        return;
      }
      render(rows);
      state.liveSinceLoad.forEach((value, key) => showFigure(key, value, true));
      $('report-status').textContent = '';
    } catch (failure) {
      if (loading === state.loading) {
        $('report-status').textContent = 'Le service des rapports ne répond pas.';
      }
    }
  }

  /** indicateur;libellé;valeur lines (header first; ';' separated, quotes doubled). */
  function parseCsv(text) {
    const lines = [];
    let fields = [];
    let field = '';
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') {
          quoted = false;
        } else {
          field += c;
        }
      } else if (c === '"') {
        quoted = true;
      } else if (c === ';') {
        fields.push(field);
        field = '';
      } else if (c === '\n') {
        fields.push(field.replace(/\r$/, ''));
        lines.push(fields);
        fields = [];
        field = '';
      } else {
        field += c;
      }
    }
    if (field !== '' || fields.length > 0) {
      fields.push(field);
      lines.push(fields);
    }
    return lines.slice(1)
      .filter((line) => line.length === 3)
      .map(([key, label, value]) => ({ key, label, value: Number(value) }));
  }

  function render(rows) {
    if ($('programmes').dataset.year === String(state.year) && rows.every(({ key }) => figureOf(key))) {
      // The same year read again: its figures change in place.
      rows.forEach(({ key, value }) => showFigure(key, value, true));
      return;
    }
    const sections = PROGRAMMES.map(({ prefix, title }) => {
      const figures = rows.filter((row) => row.key.startsWith(prefix));
      const section = document.createElement('section');
      section.className = 'programme';
      section.dataset.programme = prefix.slice(0, -1);
      const heading = document.createElement('h2');
      heading.textContent = title;
      const list = document.createElement('dl');
      figures.forEach(({ key, label, value }) => {
        const row = document.createElement('div');
        row.className = 'figure';
        const name = document.createElement('dt');
        name.textContent = label;
        const figure = document.createElement('dd');
        figure.dataset.key = key;
        row.append(name, figure);
        list.append(row);
        setValue(figure, value);
      });
      section.append(heading, list);
      return section;
    });
    $('programmes').replaceChildren(...sections);
    $('programmes').dataset.year = String(state.year);
  }

  function figureOf(key) {
    return document.querySelector(`dd[data-key="${CSS.escape(key)}"]`);
  }

  function showFigure(key, value, highlight) {
    const figure = figureOf(key);
    if (!figure || figure.dataset.value === String(value)) {
      return;
    }
    setValue(figure, value);
    if (highlight) {
      figure.classList.remove('changed');
      void figure.offsetWidth; // restarts the animation
      figure.classList.add('changed');
    }
  }

  function setValue(figure, value) {
    figure.dataset.value = String(value);
    figure.textContent = value.toLocaleString('fr-FR');
  }

  // ----- Live figures -----

  // EventSource cannot send an Authorization header: the stream is read with fetch.
  async function startLive() {
    stopLive();
    const controller = new AbortController();
    state.stream = controller;
    setLiveStatus('connecting', 'Connexion…');
    let silence = null;
    const watch = () => {
      clearTimeout(silence);
      silence = setTimeout(() => controller.abort(), SILENCE_LIMIT_MS);
    };
    try {
      const headers = authorized({ Accept: 'text/event-stream' });
      if (state.lastEventId !== null) {
        headers['Last-Event-ID'] = state.lastEventId;
      }
      watch();
      const response = await fetch('/api/reports/live', { headers, signal: controller.signal, cache: 'no-store' });
      if (response.status === 401) {
        logout('Votre session a expiré : reconnectez-vous.');
        return;
      }
      if (!response.ok || !response.body) {
        throw new Error(`HTTP ${response.status}`);
      }
      state.retries = 0;
      setLiveStatus('connected', 'En direct');
      if (state.lastEventId === null && state.year !== null) {
        // A first connection replays nothing: read the report again, so that no change
        // between the first read and the connection is missed.
        loadYear(state.year);
      }
      await readEvents(response.body, watch);
    } catch (failure) {
      // ended, refused or silent too long: reconnect below
    } finally {
      clearTimeout(silence);
    }
    if (state.stream === controller) {
      state.stream = null;
      retryLive();
    }
  }

  async function readEvents(body, watch) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }
      watch();
      buffer += value;
      const blocks = buffer.split(/\r\n\r\n|\r\r|\n\n/);
      buffer = blocks.pop();
      blocks.forEach(dispatch);
    }
  }

  /** One server-sent event: id, event and data fields; lines starting with ':' are heartbeats. */
  function dispatch(block) {
    let id = null;
    let name = 'message';
    const data = [];
    block.split(/\r\n|\r|\n/).forEach((line) => {
      if (line === '' || line.startsWith(':')) {
        return;
      }
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'id') {
        id = value;
      } else if (field === 'event') {
        name = value;
      } else if (field === 'data') {
        data.push(value);
      }
    });
    if (id !== null) {
      state.lastEventId = id;
    }
    if (name !== 'indicator' || data.length === 0) {
      return;
    }
    const change = JSON.parse(data.join('\n'));
    if (change.year === state.year) {
      state.liveSinceLoad.set(change.key, change.value);
      showFigure(change.key, change.value, true);
      $('report-status').textContent = `Mis à jour à ${new Date().toLocaleTimeString('fr-FR')}`;
    }
  }

  function retryLive() {
    const delay = RETRY_DELAYS_MS[Math.min(state.retries, RETRY_DELAYS_MS.length - 1)];
    state.retries++;
    setLiveStatus('offline', `Hors ligne, nouvel essai dans ${delay / 1000} s`);
    state.retryTimer = setTimeout(startLive, delay);
  }

  function stopLive() {
    clearTimeout(state.retryTimer);
    const stream = state.stream;
    state.stream = null;
    if (stream) {
      stream.abort();
    }
    setLiveStatus('offline', 'Hors ligne');
  }

  function setLiveStatus(name, text) {
    const status = $('live-status');
    status.dataset.state = name;
    status.textContent = text;
  }

  // ----- Wiring -----

  $('login').addEventListener('submit', login);
  $('logout').addEventListener('click', () => logout());
  $('year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const year = Number.parseInt($('year').value, 10);
    if (year >= 2000 && year <= 2100) {
      showYear(year);
    }
  });
  if (token()) {
    start();
  }
})();
