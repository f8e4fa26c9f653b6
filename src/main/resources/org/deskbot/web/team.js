// The team's dashboard, one script for its pages (the page's name is on <body data-page>):
// the queue and a ticket's actions (/team), the week's summary (/team/week), FAQ drafts and the
// content report (/team/content), a search over the content (/team/search). What a page shows is
// in its address (?status=&mine=&page=, ?week=, ?q=), so links, reloads and Back all work.
// Everything goes through /api/team/...
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

  const PER_PAGE = 50;
  const params = new URLSearchParams(window.location.search);

  // The queue's view in the address: which states, whether only mine, which page.
  function view() {
    const status = params.get('status') || 'open,claimed';
    const mine = params.get('mine') === 'true';
    const page = params.get('page') || '1';
    const name = mine ? 'mine' : (status === 'open,claimed' ? 'active' : status);
    return { status, mine, page, name };
  }

  function queueLink(page) {
    const p = new URLSearchParams(params);
    if (page > 1) p.set('page', String(page)); else p.delete('page');
    const q = p.toString();
    return '/team' + (q ? '?' + q : '');
  }

  const TITLES = { active: 'Open and claimed tickets', mine: 'Tickets I claimed', open: 'Open tickets', claimed: 'Claimed tickets',
    resolved: 'Resolved tickets', closed: 'Closed tickets', all: 'All tickets' };

  async function loadQueue() {
    const v = view();
    const query = new URLSearchParams({ status: v.status, page: v.page, limit: String(PER_PAGE) });
    if (v.mine) query.set('mine', 'true');
    const q = await api('GET', '/api/team/tickets?' + query);
    const counts = $('#queue-counts');
    fill(counts);
    for (const [state, n] of Object.entries(q.counts)) {
      counts.append(el('div', { class: 'figure', 'data-status': state }, el('dt', {}, state), el('dd', {}, String(n))));
    }
    for (const a of document.querySelectorAll('#queue-views a')) {
      if (a.dataset.view === v.name) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
    }
    const title = TITLES[v.name] || ('Tickets: ' + q.status.join(', '));
    $('#queue-title').textContent = title;
    const first = (q.page - 1) * q.limit + 1;
    const last = first + q.tickets.length - 1;
    const range = q.tickets.length ? first + '–' + last + ' of ' + q.total : (q.total ? 'No tickets on this page; ' + q.total + ' in all' : 'None');
    $('#queue-range').textContent = range;
    $('#queue-caption').textContent = title + ', ' + range + ': open first, then claimed, resolved and closed; newest first within each';
    const body = $('#queue tbody');
    fill(body);
    if (!q.tickets.length) {
      body.append(el('tr', {}, el('td', { colspan: 7 }, q.total ? 'No tickets on this page.' : 'No tickets.')));
    }
    for (const t of q.tickets) {
      body.append(el('tr', { 'data-ticket': t.number },
        el('th', { scope: 'row' }, el('button', { type: 'button', class: 'link', onclick: () => openTicket(t.number) }, t.number)),
        el('td', { class: 'status-' + t.status }, t.status), el('td', {}, t.urgency), el('td', {}, t.category),
        el('td', {}, t.school), el('td', {}, t.question === null ? '(removed by retention)' : t.question), el('td', {}, t.assignee || '—')));
    }
    const pages = Math.max(1, Math.ceil(q.total / q.limit));
    fill($('#queue-pages'), el('ul', {},
      el('li', {}, q.page > 1
        ? el('a', { href: queueLink(Math.min(q.page - 1, pages)), rel: 'prev' }, 'Previous ' + q.limit)
        : el('span', { class: 'off' }, 'Previous ' + q.limit)),
      el('li', {}, 'Page ' + q.page + ' of ' + pages),
      el('li', {}, q.page < pages
        ? el('a', { href: queueLink(q.page + 1), rel: 'next' }, 'Next ' + q.limit)
        : el('span', { class: 'off' }, 'Next ' + q.limit))));
    return q;
  }

  async function openTicket(number) {
    const t = await api('GET', '/api/team/tickets/' + encodeURIComponent(number));
    current = t.number;
    const box = $('#ticket');
    const ids = { reply: id('reply'), minutes: id('minutes'), resolution: id('resolution'), faq: id('faq') };
    fill(box, 
      el('h2', { id: 'ticket-title' }, t.number + ': ' + t.status + (t.assignee ? ' (' + t.assignee + ')' : '')),
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
      el('h3', {}, 'Timeline'),
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
      announce(t.number + ' is ' + t.status + (t.draft ? '; FAQ draft ' + t.draft + ' saved (approve it on the Content page)' : '') + '.');
      await Promise.all([loadQueue(), openTicket(t.number)]);
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
    const week = (params.get('week') || '').trim();
    $('#week').value = week;
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
      el('h2', {}, 'Figures'), render(rest),
      el('h2', {}, 'Content gaps'), gaps ? render(gaps, 'Content gaps, largest first') : el('p', {}, 'No content gaps reported.'));
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

  // ---- the decision proposal (deskbot calibrate --from-log)

  async function loadDecision() {
    const d = await api('GET', '/api/team/decision');
    const box = $('#decision');
    fill(box);
    if (!d.waiting) {
      box.append(el('p', {}, 'No proposal is waiting. ', el('code', {}, 'deskbot calibrate --from-log'),
        " refits when to answer, suggest or hand over from your teachers' clicks and resolved tickets."));
      return;
    }
    const p = d.proposal;
    const keys = Object.keys(p.before).filter((k) => k in p.after);
    box.append(
      el('p', {}, 'Proposed ', el('time', { datetime: p.proposed_at }, new Date(p.proposed_at).toLocaleString()),
        ' from ' + p.events + ' events of your log: answer at confidence ' + p.model.answer_at + ', suggest at ' + p.model.suggest_at +
        '. Nothing changes until you apply it.'),
      el('table', {}, el('caption', {}, 'On held-out events: the decision in use against the proposal'),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'figure'), el('th', { scope: 'col' }, 'in use'), el('th', { scope: 'col' }, 'proposed'))),
        el('tbody', {}, keys.map((k) => el('tr', {}, el('th', { scope: 'row' }, label(k)), el('td', {}, cell(p.before[k])), el('td', {}, cell(p.after[k])))))),
      el('button', { type: 'button', id: 'decision-apply', onclick: applyDecision }, 'Apply the proposal'));
  }

  async function applyDecision() {
    try {
      const r = await api('POST', '/api/team/decision/apply');
      announce('Applied: deskbot now answers at confidence ' + r.applied.model.answer_at + ' and suggests at ' + r.applied.model.suggest_at + '.');
      await loadDecision();
    } catch (e) {
      announce('Could not apply the proposal: ' + e.message);
    }
  }

  // ---- search

  // Why deskbot decided: each feature's value and what it added to the score.
  function explanation(x) {
    return el('details', {}, el('summary', {}, 'Why ' + x.decision + ': ' + x.reason),
      el('table', {}, el('caption', {}, 'Features, their values and contributions; with the bias they sum to the score'),
        el('thead', {}, el('tr', {}, ['feature', 'value', 'contribution'].map((c) => el('th', { scope: 'col' }, c)))),
        el('tbody', {},
          x.features.map((f) => el('tr', {}, el('th', { scope: 'row' }, f.name), el('td', {}, f.value.toFixed(3)), el('td', {}, f.contribution.toFixed(3)))),
          el('tr', {}, el('th', { scope: 'row' }, 'bias'), el('td', {}, ''), el('td', {}, x.bias.toFixed(3))),
          el('tr', {}, el('th', { scope: 'row' }, 'score'), el('td', {}, ''), el('td', {}, x.score.toFixed(3))))),
      el('p', {}, 'Answer at confidence ' + x.thresholds.answer.toFixed(3) + ' or more, suggest at ' + x.thresholds.suggest.toFixed(3) + ' or more, else hand over.'));
  }

  async function search() {
    const q = (params.get('q') || '').trim();
    $('#search').value = q;
    if (!q) {
      if (params.has('q')) announce('Type something to search for.');
      return;
    }
    const box = $('#search-results');
    try {
      const r = await api('GET', '/api/team/search?q=' + encodeURIComponent(q));
      fill(box, el('p', {}, r.results.length + ' results; deskbot would ' + r.decision + ' (confidence ' + r.confidence + ').'),
        r.explain ? explanation(r.explain) : null,
        el('ol', { class: 'links' }, r.results.map((l) => el('li', {},
          el('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer' }, l.title), ' ',
          el('span', { class: 'badge' }, l.type), l.time ? ' at ' + l.time : '', ' · score ' + l.score,
          l.snippet ? passage(l.snippet, l.highlights) : null))));
      announce(r.results.length + ' search results.');
    } catch (e) {
      fill(box, el('p', {}, 'Search failed: ' + e.message));
      announce('Search failed: ' + e.message);
    }
    $('#results-title').textContent = 'Results for “' + q + '”';
    $('#search-box').hidden = false;
    $('#results-title').focus();
  }

  // ---- each page loads what it shows

  const failed = (e) => announce('Could not load the page: ' + e.message);
  me().catch((e) => announce(e.message));
  switch (document.body.dataset.page) {
    case 'queue':
      $('#queue-refresh').addEventListener('click', async () => { await loadQueue(); announce('Queue refreshed.'); });
      loadQueue().then(() => {
        // arriving from a view or page link, the keyboard starts at the list, not the header
        if (window.location.search) $('#queue-title').focus();
      }).catch(failed);
      break;
    case 'week':
      loadSummary().catch(failed);
      break;
    case 'content':
      Promise.all([loadDrafts(), loadIngest(), loadDecision()]).catch(failed);
      break;
    case 'search':
      search();
      break;
    default:
      break;
  }
})();
