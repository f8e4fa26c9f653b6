// Shared by the chat page and the dashboard: the JSON API with the CSRF token, DOM building
// with text nodes only (never innerHTML), and the live region that announces what changed.
'use strict';

const deskbot = (() => {
  let csrf = document.querySelector('meta[name="csrf-token"]').getAttribute('content');

  async function api(method, path, body) {
    const init = { method, credentials: 'same-origin', headers: { 'Accept': 'application/json' } };
    if (method !== 'GET') {
      init.headers['X-CSRF-Token'] = csrf;
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body || {});
    }
    const res = await fetch(path, init);
    const type = res.headers.get('Content-Type') || '';
    const data = type.startsWith('application/json') ? await res.json() : null;
    if (!res.ok) {
      const err = new Error((data && data.error) || ('the server answered ' + res.status));
      err.status = res.status;
      throw err;
    }
    if (data && data.csrf) {
      csrf = data.csrf;
    }
    return data;
  }

  // el('p', {class: 'x'}, 'text', child) — attributes and text, no HTML parsing.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Replaces a node's children with the given ones (nested lists flattened, null skipped).
  function fill(node, ...children) {
    node.replaceChildren();
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  function announce(text) {
    const region = document.getElementById('status');
    region.textContent = '';
    // a fresh text node after a tick, so screen readers announce a repeated message too
    setTimeout(() => { region.textContent = text; }, 50);
  }

  // A passage with its matching words marked: highlights are [start, end) ranges.
  function passage(text, highlights) {
    const p = el('p', { class: 'passage' });
    let at = 0;
    for (const [s, e] of (highlights || [])) {
      if (s < at || e > text.length) continue;
      p.append(document.createTextNode(text.substring(at, s)), el('mark', {}, text.substring(s, e)));
      at = e;
    }
    p.append(document.createTextNode(text.substring(at)));
    return p;
  }

  let counter = 0;
  function id(prefix) {
    counter += 1;
    return prefix + '-' + counter;
  }

  return { api, el, fill, announce, passage, id };
})();
