// The watch page: newsflow.enriched from the event stream at /events, newest first.
// Plain DOM, no framework: every text from a record goes in as text, never as HTML.
'use strict';
(() => {
  const HOUR = 3600 * 1000;
  const TOP = 10;
  const TYPES = ['PER', 'ORG', 'LOC', 'MISC'];

  const DOT_PX = { least: 3, most: 11 }; // a dot's radius on screen, by how many articles name the place
  const list = document.getElementById('articles');
  const shown = new Map(); // article id -> { entry, element, entities: Set of entity ids }
  let filter = new URLSearchParams(location.search).get('entity');
  let chartPending = false;

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value !== undefined && value !== null) node.setAttribute(name, value);
    }
    node.append(...children.filter(c => c !== null && c !== undefined));
    return node;
  };
  const svgEl = (tag, attrs = {}, ...children) => {
    const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const typeClass = type => 't-' + (TYPES.includes(type) ? type : 'other');
  const isWikidata = id => /^Q[0-9]+$/.test(id);
  const filterHref = id => '?entity=' + encodeURIComponent(id);
  const entityHref = id => isWikidata(id) ? 'https://www.wikidata.org/wiki/' + id : filterHref(id);
  const paragraphAnchor = (articleId, index) => 'p-' + articleId + '-' + index;

  // --- the stream ---
  const status = (state, text) => {
    const node = document.getElementById('status');
    node.dataset.state = state;
    node.textContent = text;
  };
  const events = new EventSource('events');
  events.addEventListener('open', () => status('live', 'live'));
  events.addEventListener('error', () => status('connecting', 'reconnecting…'));
  // every connection starts with the latest window: the page shows it afresh
  events.addEventListener('reset', () => { shown.clear(); list.replaceChildren(); changed(); });
  events.addEventListener('article', e => { show(JSON.parse(e.data)); changed(); });
  events.addEventListener('remove', e => { remove(JSON.parse(e.data).id); changed(); });

  // --- articles ---
  function show(entry) {
    const earlier = shown.get(entry.id);
    const element = render(entry);
    if (earlier) {
      earlier.element.replaceWith(element); // a revision takes the place of its article
    } else {
      const time = Date.parse(entry.time);
      const later = [...list.children].find(child => Number(child.dataset.time) < time);
      list.insertBefore(element, later || null);
    }
    shown.set(entry.id, { entry, element, entities: new Set(entry.article.entities.map(e => e.id)) });
    applyFilter(entry.id);
  }

  function remove(id) {
    const earlier = shown.get(id);
    if (earlier) {
      earlier.element.remove();
      shown.delete(id);
    }
  }

  function render(entry) {
    const article = entry.article;
    const time = new Date(article.publishedAt || entry.time);
    const source = /^https?:\/\//.test(article.source)
      ? el('a', { href: article.source, target: '_blank', rel: 'noopener' }, article.source)
      : el('span', {}, article.source);
    const node = el('article', { class: 'article fresh', 'data-id': entry.id, 'data-time': Date.parse(entry.time) },
      el('h2', { class: 'title' }, article.title || article.source),
      el('div', { class: 'meta' }, source, ' · ',
        el('time', { datetime: time.toISOString() }, time.toLocaleString()),
        el('span', { class: 'change ' + entry.change }, entry.change)));
    const parts = [...article.paragraphs.map(p => ({ kept: p })), ...article.duplicates.map(d => ({ dropped: d }))]
      .sort((a, b) => (a.kept || a.dropped).index - (b.kept || b.dropped).index);
    for (const part of parts) {
      node.append(part.kept ? paragraph(entry.id, part.kept) : dropped(part.dropped));
    }
    return node;
  }

  function paragraph(articleId, p) {
    const node = el('p', { class: 'para role-' + (p.role || 'body'), id: paragraphAnchor(articleId, p.index) });
    if (p.role && p.role !== 'body') node.append(el('span', { class: 'role' }, p.role));
    const mentions = [...(p.mentions || [])].sort((a, b) => a.start - b.start);
    let at = 0;
    for (const m of mentions) {
      if (m.start < at) continue; // overlapping marks: the first wins
      node.append(p.text.slice(at, m.start));
      node.append(el('a', {
        class: 'mention ' + typeClass(m.type) + (m.derived ? ' derived' : ''),
        'data-entity': m.entity, href: entityHref(m.entity), title: m.type + ' · ' + m.entity
      }, p.text.slice(m.start, m.end)));
      at = m.end;
    }
    node.append(p.text.slice(at));
    return node;
  }

  function dropped(d) {
    const ref = d.duplicateOf || {};
    const sources = (d.sentencesOf || []).length;
    const how = d.match === 'near' && d.similarity != null
      ? 'near copy (' + Math.round(d.similarity * 100) + ' % alike)'
      : d.match === 'sentences'
        ? 're-broken copy (its sentences seen in ' + sources + (sources === 1 ? ' paragraph' : ' paragraphs') + ')'
        : d.match + ' copy';
    const link = el('a', { class: 'repeat', href: '#' + paragraphAnchor(ref.articleId, ref.index),
      'data-article': ref.articleId, 'data-index': ref.index }, '');
    const node = el('details', { class: 'dropped' },
      el('summary', {}, 'paragraph ' + d.index + ' dropped: ' + how + ' of ', link),
      el('p', { class: 'repeated' }));
    return node;
  }

  // links to repeated paragraphs name their article and quote it while it is on the page
  function refreshRepeats() {
    for (const link of list.querySelectorAll('a.repeat')) {
      const target = shown.get(link.dataset.article);
      const paragraphNode = document.getElementById(paragraphAnchor(link.dataset.article, link.dataset.index));
      const title = target ? (target.entry.article.title || target.entry.article.source) : 'article ' + link.dataset.article;
      link.textContent = 'paragraph ' + link.dataset.index + ' of “' + title + '”' + (paragraphNode ? '' : ' (not on this page)');
      link.classList.toggle('absent', !paragraphNode);
      const quote = link.closest('details').querySelector('.repeated');
      quote.textContent = paragraphNode ? paragraphNode.textContent : '';
    }
  }

  // --- the filter ---
  function setFilter(id) {
    filter = id;
    history.replaceState(null, '', id ? filterHref(id) : location.pathname);
    shown.forEach((_, articleId) => applyFilter(articleId));
    const bar = document.getElementById('filter');
    bar.hidden = !id;
    if (id) {
      const mark = list.querySelector('a.mention[data-entity="' + CSS.escape(id) + '"]');
      document.getElementById('filter-name').textContent = nameOf(id) || (mark ? mark.textContent : id);
      const wikidata = document.getElementById('filter-wikidata');
      wikidata.hidden = !isWikidata(id);
      if (isWikidata(id)) wikidata.href = entityHref(id);
    }
    for (const mark of list.querySelectorAll('a.mention')) mark.classList.toggle('selected', mark.dataset.entity === id);
    for (const dot of document.querySelectorAll('circle.dot')) dot.classList.toggle('selected', dot.dataset.entity === id);
  }

  function applyFilter(articleId) {
    const item = shown.get(articleId);
    item.element.hidden = Boolean(filter) && !item.entities.has(filter);
    if (filter) {
      for (const mark of item.element.querySelectorAll('a.mention')) mark.classList.toggle('selected', mark.dataset.entity === filter);
    }
  }

  function nameOf(id) {
    for (const { entry } of shown.values()) {
      const entity = entry.article.entities.find(e => e.id === id);
      if (entity) return entity.name;
    }
    return null;
  }

  list.addEventListener('click', e => {
    const mark = e.target.closest('a.mention');
    // a plain click filters; with a modifier the link opens (Wikidata for a Q-id)
    if (!mark || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    setFilter(filter === mark.dataset.entity ? null : mark.dataset.entity);
  });
  document.getElementById('clear-filter').addEventListener('click', () => setFilter(null));

  // --- the most named entities of the last hour (by the articles' record time) ---
  function chart() {
    chartPending = false;
    const since = Date.now() - HOUR;
    const counts = new Map();
    for (const { entry } of shown.values()) {
      if (Date.parse(entry.time) < since) continue;
      for (const e of entry.article.entities) {
        const known = counts.get(e.id) || { id: e.id, name: e.name, type: e.type, n: 0 };
        known.n += e.mentions;
        counts.set(e.id, known);
      }
    }
    const top = [...counts.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)).slice(0, TOP);
    const most = top.length ? top[0].n : 1;
    document.getElementById('top').replaceChildren(...top.map(e => {
      const row = el('li', { 'data-entity': e.id, title: e.type + ' · ' + e.id },
        el('span', { class: 'name' }, e.name),
        el('span', { class: 'bar-fill ' + typeClass(e.type), style: 'width:' + (100 * e.n / most).toFixed(1) + '%' }),
        el('span', { class: 'n' }, String(e.n)));
      row.addEventListener('click', () => setFilter(filter === e.id ? null : e.id));
      return row;
    }));
    document.getElementById('top-empty').hidden = top.length > 0;
  }

  // --- the map: a dot per place named in the articles on the page, at the point its record gives it ---
  const maps = [...document.querySelectorAll('svg.map')].map(svg => {
    const stretch = Number(svg.dataset.stretch);
    svg.querySelector('.outlines').setAttribute('transform', 'scale(' + stretch + ' 1)');
    svg.addEventListener('click', e => {
      const dot = e.target.closest('circle.dot');
      if (dot) setFilter(filter === dot.dataset.entity ? null : dot.dataset.entity);
    });
    return { svg, stretch };
  });

  function placesNamed() {
    const places = new Map();
    for (const { entry } of shown.values()) {
      for (const e of entry.article.entities) {
        if (e.lat == null || e.lon == null) continue; // not a place, or a record from before points
        const place = places.get(e.id) || { id: e.id, name: e.name, lat: e.lat, lon: e.lon, articles: 0 };
        place.articles++;
        places.set(e.id, place);
      }
    }
    // the most named first, so that the smaller dots are drawn over them
    return [...places.values()].sort((a, b) => b.articles - a.articles || a.name.localeCompare(b.name));
  }

  function map() {
    const places = placesNamed();
    const most = places.length ? places[0].articles : 1;
    for (const { svg, stretch } of maps) {
      const frame = svg.viewBox.baseVal;
      const unitsPerPx = frame.width / (svg.getBoundingClientRect().width || frame.width);
      const inFrame = (x, y) => x >= frame.x && x <= frame.x + frame.width && y >= frame.y && y <= frame.y + frame.height;
      const dots = places.filter(p => inFrame(p.lon * stretch, -p.lat)).map(p => {
        const px = DOT_PX.least + (DOT_PX.most - DOT_PX.least) * Math.sqrt(p.articles / most);
        return svgEl('circle', {
          class: 'dot' + (p.id === filter ? ' selected' : ''), 'data-entity': p.id,
          cx: (p.lon * stretch).toFixed(3), cy: (-p.lat).toFixed(3), r: (px * unitsPerPx).toFixed(3)
        }, svgEl('title', {}, p.name + ' · ' + p.articles + (p.articles === 1 ? ' article' : ' articles')));
      });
      svg.querySelector('.dots').replaceChildren(...dots);
    }
    document.getElementById('map-empty').hidden = places.length > 0;
  }

  // a burst of records (the first window) redraws once
  function changed() {
    document.getElementById('count').textContent = shown.size + (shown.size === 1 ? ' article' : ' articles');
    if (!chartPending) {
      chartPending = true;
      setTimeout(() => { chart(); map(); refreshRepeats(); }, 50);
    }
  }
  window.addEventListener('resize', map); // a dot keeps its size on screen
  setInterval(chart, 60 * 1000); // the hour moves on even when nothing arrives
  if (filter) setFilter(filter);
})();
