// The team's dashboard: the queue and a ticket's actions, FAQ drafts, the week's summary,
// the content report and a search box. Everything goes through /api/team/...
'use strict';

(() => {
  const { api, el, fill, announce, passage, id } = deskbot;
  const $ = (sel) => document.querySelector(sel);
  let current = null;

  async function me() {
    const m = await api('GET', '/api/team/me');
    $('#who').textContent = 'Working as ' + m.user;
    const out = $('#sign-out');
    out.hidden = !m.sign_in_required;
    out.onclick = async () => { await api('POST', '/api/sign-out'); window.location.assign('/team'); };
  }

  // ---- queue

  async function loadQueue() {
    const filter = $('#queue-filter').value;
    const q = await api('GET', '/api/team/tickets' + (filter ? '?status=' + filter : ''));
    const counts = $('#queue-counts');
    fill(counts);
    for (const [state, n] of Object.entries(q.counts)) {
      counts.append(el('div', { class: 'figure', 'data-status': state }, el('dt', {}, state), el('dd', {}, String(n))));
    }
    const body = $('#queue tbody');
    fill(body);
    if (!q.tickets.length) {
      body.append(el('tr', {}, el('td', { colspan: 7 }, 'No tickets.')));
    }
    for (const t of q.tickets) {
      body.append(el('tr', { 'data-ticket': t.number },
        el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => openTicket(t.number) }, t.number)),
        el('td', { class: 'status-' + t.status }, t.status), el('td', {}, t.urgency), el('td', {}, t.category),
        el('td', {}, t.school), el('td', {}, t.question === null ? '(removed by retention)' : t.question), el('td', {}, t.assignee || '—')));
    }
    return q;
  }

  async function openTicket(number) {
    const t = await api('GET', '/api/team/tickets/' + encodeURIComponent(number));
    current = t.number;
    const box = $('#ticket');
    const ids = { reply: id('reply'), minutes: id('minutes'), resolution: id('resolution'), faq: id('faq') };
    fill(box, 
      el('h3', { id: 'ticket-title' }, t.number + ': ' + t.status + (t.assignee ? ' (' + t.assignee + ')' : '')),
      el('dl', { class: 'facts' },
        el('dt', {}, 'From'), el('dd', {}, t.requester + ' on ' + t.platform + (t.school ? ', ' + t.school : '')),
        el('dt', {}, 'Urgency'), el('dd', {}, t.urgency),
        el('dt', {}, 'Question'), el('dd', { class: 'question' }, t.question === null ? '(removed by retention)' : t.question),
        el('dt', {}, 'Details'), el('dd', {}, t.details || '—'),
        el('dt', {}, 'Already suggested'), el('dd', {}, t.suggested.length
          ? el('ul', {}, t.suggested.map((s) => el('li', {}, el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title))))
          : 'nothing'),
        t.minutes !== null ? [el('dt', {}, 'Minutes spent'), el('dd', {}, String(t.minutes))] : null,
        t.resolution ? [el('dt', {}, 'Resolution'), el('dd', {}, t.resolution)] : null),
      el('h4', {}, 'Timeline'),
      el('ol', { class: 'timeline' }, t.events.map((e) => el('li', {}, el('time', { datetime: e.at }, new Date(e.at).toLocaleString()), ' ', e.actor, ' ', e.kind, e.detail ? ': ' + e.detail : ''))),
      el('div', { class: 'actions' },
        t.status === 'open' ? el('button', { type: 'button', id: 'claim', onclick: () => act('claim') }, 'Claim') : null,
        t.status === 'resolved' || t.status === 'closed' ? el('button', { type: 'button', class: 'secondary', onclick: () => act('reopen') }, 'Reopen') : null),
      t.status !== 'resolved' && t.status !== 'closed' ? [
        el('form', { id: 'reply-form', class: 'sub' },
          el('div', { class: 'field' }, el('label', { for: ids.reply }, 'Reply to the teacher'), el('textarea', { id: ids.reply, name: 'text', rows: 2, maxlength: 4000, required: true })),
          el('button', { type: 'submit' }, 'Send reply')),
        el('form', { id: 'resolve-form', class: 'sub' },
          el('div', { class: 'field' }, el('label', { for: ids.minutes }, 'Minutes spent'), el('input', { id: ids.minutes, name: 'minutes', type: 'number', min: 0, max: 10000, required: true, inputmode: 'numeric' })),
          el('div', { class: 'field' }, el('label', { for: ids.resolution }, 'Resolution (what fixed it)'), el('textarea', { id: ids.resolution, name: 'resolution', rows: 2, maxlength: 4000 })),
          el('div', { class: 'field check' }, el('input', { id: ids.faq, name: 'faq', type: 'checkbox' }), el('label', { for: ids.faq }, 'Save the resolution as an FAQ draft')),
          el('button', { type: 'submit' }, 'Resolve'))] : null);
    box.hidden = false;
    const reply = $('#reply-form');
    if (reply) {
      reply.addEventListener('submit', (e) => { e.preventDefault(); act('reply', { text: reply.elements.text.value }); });
      const resolve = $('#resolve-form');
      resolve.addEventListener('submit', (e) => {
        e.preventDefault();
        const minutes = resolve.elements.minutes.value;
        if (minutes === '' || Number(minutes) < 0) { resolve.elements.minutes.focus(); announce('Enter the minutes spent.'); return; }
        act('resolve', { minutes: Number(minutes), resolution: resolve.elements.resolution.value, save_as_faq: resolve.elements.faq.checked });
      });
    }
    box.focus();
    return t;
  }

  async function act(action, body) {
    try {
      const t = await api('POST', '/api/team/tickets/' + encodeURIComponent(current) + '/' + action, body || {});
      announce(t.number + ' is ' + t.status + (t.draft ? '; FAQ draft ' + t.draft + ' saved' : '') + '.');
      await Promise.all([loadQueue(), openTicket(t.number), loadDrafts()]);
    } catch (e) {
      announce('Could not ' + action + ': ' + e.message);
    }
  }

  // ---- drafts

  async function loadDrafts() {
    const d = await api('GET', '/api/team/drafts');
    const box = $('#drafts');
    fill(box);
    if (!d.drafts.length) { box.append(el('p', {}, 'No drafts waiting.')); return; }
    const list = el('ul', { class: 'drafts' });
    for (const draft of d.drafts) {
      list.append(el('li', {}, el('h3', {}, draft.name), el('pre', { tabindex: 0, 'aria-label': 'Draft ' + draft.name }, draft.text),
        el('button', { type: 'button', onclick: () => approve(draft.name) }, 'Approve ', el('span', { class: 'visually-hidden' }, draft.name))));
    }
    box.append(list);
  }

  async function approve(name) {
    try {
      const r = await api('POST', '/api/team/drafts/' + encodeURIComponent(name) + '/approve');
      announce('Approved: ' + r.approved + ' is now searchable. ' + r.ingest);
      await loadDrafts();
    } catch (e) {
      announce('Could not approve ' + name + ': ' + e.message);
    }
  }

  // ---- summary

  function label(key) {
    return key.replace(/_/g, ' ');
  }

  // Any figures the report gives, as text: objects as term lists, lists of objects as tables.
  function render(value, caption) {
    if (value === null || value === undefined) return '—';
    if (Array.isArray(value)) {
      if (!value.length) return 'none';
      if (value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
        const cols = [...new Set(value.flatMap((v) => Object.keys(v)))];
        return el('table', {}, caption ? el('caption', {}, caption) : null,
          el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col' }, label(c))))),
          el('tbody', {}, value.map((row) => el('tr', {}, cols.map((c) => el('td', {}, cell(row[c])))))));
      }
      return value.map(cell).join(', ');
    }
    if (typeof value === 'object') {
      return el('dl', { class: 'facts' }, Object.entries(value).map(([k, v]) => [el('dt', {}, label(k)), el('dd', {}, render(v, label(k)))]));
    }
    return String(value);
  }

  function cell(v) {
    if (v === null || v === undefined) return '—';
    if (Array.isArray(v)) return v.map(cell).join('; ');
    if (typeof v === 'object') return Object.entries(v).map(([k, x]) => label(k) + ': ' + cell(x)).join(', ');
    return String(v);
  }

  async function loadSummary() {
    const week = $('#week').value.trim();
    const box = $('#summary');
    const s = await api('GET', '/api/team/summary' + (week ? '?week=' + encodeURIComponent(week) : ''));
    fill(box);
    if (!s.available) { box.append(el('p', {}, 'Summary not available: ' + s.reason)); return; }
    const f = s.figures;
    const gaps = f.content_gaps || f.gaps;
    const rest = Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'content_gaps' && k !== 'gaps'));
    const q = week ? '?week=' + encodeURIComponent(week) : '';
    box.append(
      el('figure', {}, el('img', { src: '/api/team/charts/trend' + q, alt: '12-week trend of questions, deflections and escalations; the same figures are in the trend table below.', width: 640 }),
        el('figcaption', {}, '12-week trend')),
      el('figure', {}, el('img', { src: '/api/team/charts/categories' + q, alt: "This week's questions by category against the 4-week baseline; the same figures are in the categories table below.", width: 640 }),
        el('figcaption', {}, 'Categories against the baseline')),
      el('h3', {}, 'Figures'), render(rest),
      el('h3', {}, 'Content gaps'), gaps ? render(gaps, 'Content gaps, largest first') : el('p', {}, 'No content gaps reported.'));
  }

  // ---- ingest report

  async function loadIngest() {
    const r = await api('GET', '/api/team/ingest');
    const box = $('#ingest');
    fill(box);
    if (!r.available) { box.append(el('p', {}, r.reason)); return; }
    const rep = r.report;
    box.append(el('p', {}, 'Last ingest ', el('time', { datetime: rep.at }, new Date(rep.at).toLocaleString()), ': ' + rep.summary + '.'));
    box.append(el('h3', {}, 'Errors (' + rep.errors.length + ')'),
      rep.errors.length ? render(rep.errors.map((e) => ({ file: e.file, line: e.line || '', reason: e.reason })), 'Files that could not be read') : el('p', {}, 'Every file was read.'));
    box.append(el('h3', {}, 'Accessibility and content findings (' + rep.findings.length + ')'),
      rep.findings.length ? render(rep.findings.map((x) => ({ file: x.file, line: x.line || '', kind: x.kind, detail: x.detail })), 'Findings to fix in the content') : el('p', {}, 'No findings.'));
  }

  // ---- search

  $('#search-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const q = $('#search').value.trim();
    if (!q) { announce('Type something to search for.'); return; }
    try {
      const r = await api('GET', '/api/team/search?q=' + encodeURIComponent(q));
      const box = $('#search-results');
      fill(box, el('p', {}, r.results.length + ' results; deskbot would ' + r.decision + ' (confidence ' + r.confidence + ').'),
        el('ol', { class: 'links' }, r.results.map((l) => el('li', {},
          el('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer' }, l.title), ' ',
          el('span', { class: 'badge' }, l.type), l.time ? ' at ' + l.time : '', ' · score ' + l.score,
          l.snippet ? passage(l.snippet, l.highlights) : null))));
      announce(r.results.length + ' search results.');
    } catch (e) {
      announce('Search failed: ' + e.message);
    }
  });

  $('#queue-filter').addEventListener('change', () => loadQueue().catch((e) => announce(e.message)));
  $('#queue-refresh').addEventListener('click', async () => { await loadQueue(); announce('Queue refreshed.'); });
  $('#week-form').addEventListener('submit', (event) => { event.preventDefault(); loadSummary().catch((e) => announce(e.message)); });

  me().catch((e) => announce(e.message));
  Promise.all([loadQueue(), loadDrafts(), loadSummary(), loadIngest()]).catch((e) => announce('Could not load the dashboard: ' + e.message));
})();
