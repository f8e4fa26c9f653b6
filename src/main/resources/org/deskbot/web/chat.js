// The chat page: ask, read the answer with its links, say whether it helped, reach a person.
'use strict';

(() => {
  const { api, el, fill, announce, passage, id } = deskbot;
  const form = document.getElementById('ask-form');
  const nameInput = document.getElementById('name');
  const questionInput = document.getElementById('question');
  const screenshotInput = document.getElementById('screenshot');
  const MAX_IMAGE_BYTES = 10000000; // the server refuses larger images too (413)
  const conversation = document.getElementById('conversation');
  const TYPES = { faq: 'FAQ', video: 'Video', tip: 'Newsletter tip', module: 'Training module', event: 'Live session' };

  nameInput.value = localStorage.getItem('deskbot.name') || '';
  // one conversation per open page: a follow-up is searched with what was asked before on it
  const session = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const question = questionInput.value.trim();
    if (!name) { nameInput.setAttribute('aria-invalid', 'true'); nameInput.focus(); announce('Please enter your name.'); return; }
    nameInput.removeAttribute('aria-invalid');
    const file = screenshotInput.files[0];
    if (!question && !file) { questionInput.focus(); announce('Please type a question or add a screenshot.'); return; }
    if (file && (file.size > MAX_IMAGE_BYTES || !file.type.startsWith('image/'))) {
      screenshotInput.setAttribute('aria-invalid', 'true');
      screenshotInput.focus();
      announce(file.name + (file.size > MAX_IMAGE_BYTES ? ' is larger than 10 MB.' : ' is not an image.') + ' Choose a PNG, JPEG, GIF, WebP, BMP or TIFF of at most 10 MB.');
      return;
    }
    screenshotInput.removeAttribute('aria-invalid');
    localStorage.setItem('deskbot.name', name);
    const button = document.getElementById('ask-button');
    button.disabled = true;
    announce(file ? 'Reading your screenshot and looking for an answer…' : 'Looking for an answer…');
    try {
      const body = { name, question, conversation: session };
      if (file) {
        body.image = await dataUrl(file);
        body.image_name = file.name;
      }
      const reply = await api('POST', '/api/ask', body);
      conversation.insertBefore(answerCard(name, question || file.name, reply), conversation.children[1] || null);
      questionInput.value = '';
      screenshotInput.value = '';
      announce(reply.text + (reply.links.length ? ' ' + reply.links.length + ' link' + (reply.links.length > 1 ? 's' : '') + ' below.' : ''));
    } catch (e) {
      announce('Sorry, that did not work: ' + e.message);
    } finally {
      button.disabled = false;
    }
  });

  // The file as a data: URL (the API takes the image in base64 inside the JSON body).
  function dataUrl(file) {
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.onerror = () => reject(new Error('could not read ' + file.name));
      reader.readAsDataURL(file);
    });
  }

  function answerCard(name, question, reply) {
    const headingId = id('asked');
    const card = el('article', { class: 'card answer', 'aria-labelledby': headingId, 'data-decision': reply.decision });
    card.append(el('h3', { id: headingId }, 'You asked: ', el('q', {}, question)));
    if (reply.image_text) {
      card.append(el('p', { class: 'passage image-text' }, 'Words read from your screenshot: ', el('q', {}, reply.image_text)));
    }
    card.append(el('p', { class: 'reply-text' }, reply.text));
    if (reply.links.length) {
      const list = el('ol', { class: 'links' });
      for (const l of reply.links) {
        const label = TYPES[l.type] || l.type;
        list.append(el('li', {},
          el('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer' }, l.title,
            el('span', { class: 'visually-hidden' }, ' (opens in a new tab)')),
          ' ', el('span', { class: 'badge' }, label),
          l.time ? el('span', { class: 'time' }, ' at ' + l.time) : null,
          l.snippet ? passage(l.snippet, l.highlights) : null));
      }
      card.append(list);
    }
    const actions = el('div', { class: 'actions' });
    if (reply.buttons.includes('solved')) {
      actions.append(el('button', { type: 'button', onclick: () => solved(card, name, reply) }, 'That solved it'));
    }
    if (reply.buttons.includes('need-help')) {
      actions.append(el('button', { type: 'button', class: 'secondary', onclick: () => needHelp(card, name, reply) }, 'I still need help'));
    }
    card.append(actions);
    return card;
  }

  async function solved(card, name, reply) {
    try {
      await api('POST', '/api/feedback', { name, interaction: reply.interaction, solved: true });
      fill(card.querySelector('.actions'), el('p', { class: 'done' }, 'Glad that helped. Thanks for telling us!'));
      announce('Thanks: marked as solved.');
    } catch (e) {
      announce('Sorry, that did not work: ' + e.message);
    }
  }

  async function needHelp(card, name, reply) {
    if (card.querySelector('form.escalate')) { card.querySelector('form.escalate select').focus(); return; }
    let school = '';
    try { school = (await api('GET', '/api/school?name=' + encodeURIComponent(name))).school; } catch (e) { /* pre-fill is a nicety */ }
    const ids = { school: id('school'), urgency: id('urgency'), details: id('details') };
    const f = el('form', { class: 'escalate', 'aria-label': 'Ask a person from the tech team' },
      el('h4', {}, 'Ask a person from the tech team'),
      el('div', { class: 'field' }, el('label', { for: ids.school }, 'School'),
        el('input', { id: ids.school, name: 'school', maxlength: 120, value: school, autocomplete: 'organization' })),
      el('div', { class: 'field' }, el('label', { for: ids.urgency }, 'How urgent is it?'),
        el('select', { id: ids.urgency, name: 'urgency' },
          el('option', { value: 'low' }, 'Low: whenever you can'),
          el('option', { value: 'normal', selected: true }, 'Normal'),
          el('option', { value: 'high' }, 'High: it is stopping my lesson'),
          el('option', { value: 'urgent' }, 'Urgent: right now'))),
      el('div', { class: 'field' }, el('label', { for: ids.details }, 'Anything else the team should know?'),
        el('textarea', { id: ids.details, name: 'details', rows: 3, maxlength: 4000 })),
      el('button', { type: 'submit' }, 'Send to the tech team'));
    f.addEventListener('submit', async (event) => {
      event.preventDefault();
      const submit = f.querySelector('button[type="submit"]');
      submit.disabled = true;
      try {
        const ticket = await api('POST', '/api/escalate', {
          name, interaction: reply.interaction,
          school: f.elements.school.value, urgency: f.elements.urgency.value, details: f.elements.details.value,
        });
        const box = ticketBox(name, ticket);
        f.replaceWith(box);
        box.focus();
        announce('Ticket ' + ticket.number + ' is open. Someone from the tech team will reply here.');
      } catch (e) {
        submit.disabled = false;
        announce('Sorry, the ticket was not sent: ' + e.message);
      }
    });
    fill(card.querySelector('.actions'));
    card.append(f);
    f.elements.school.focus();
  }

  function ticketBox(name, ticket) {
    const box = el('div', { class: 'ticket', 'data-ticket': ticket.number, tabindex: -1 });
    const render = (t) => {
      fill(box, 
        el('p', {}, 'Your ticket ', el('strong', { class: 'ticket-number' }, t.number), ' is ',
          el('strong', { class: 'ticket-status' }, t.status), t.assignee ? ' (with ' + t.assignee + ')' : '', '.'),
        t.messages.length ? el('ul', { class: 'messages', 'aria-label': 'From the tech team' }, t.messages.map((m) => el('li', {}, m))) : null,
        el('button', { type: 'button', class: 'secondary', onclick: refresh }, 'Check the status'));
    };
    async function refresh() {
      try {
        const t = await api('GET', '/api/tickets/' + encodeURIComponent(ticket.number) + '?name=' + encodeURIComponent(name));
        const changed = t.status !== box.dataset.status || t.messages.length !== Number(box.dataset.messages || 0);
        box.dataset.status = t.status;
        box.dataset.messages = t.messages.length;
        render(t);
        if (changed) announce('Ticket ' + t.number + ' is ' + t.status + (t.messages.length ? ': ' + t.messages[t.messages.length - 1] : '.'));
      } catch (e) {
        announce('Could not check the ticket: ' + e.message);
      }
    }
    box.dataset.status = ticket.status;
    box.dataset.messages = ticket.messages.length;
    render(ticket);
    const timer = setInterval(() => { if (!document.body.contains(box)) clearInterval(timer); else refresh(); }, 15000);
    return box;
  }
})();
