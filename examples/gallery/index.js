// Lists every element of the registry (served by the examples server as /api/gallery), grouped by
// the gallery page that shows it (the page with its `<h2 id="<tag>">`, else its family's page),
// each linking there: a new element shows up here by itself.
const list = document.getElementById('families');
const response = await fetch('/api/gallery');
const { pages, elements } = response.ok ? await response.json() : { pages: [], elements: [] };
const pageOf = (e) =>
  pages.find((p) => p.tags?.includes(e.tag)) ?? pages.find((p) => p.file === `${e.family}.html`);
const groups = new Map();
for (const e of elements) {
  const page = pageOf(e);
  const key = page?.file ?? e.family;
  if (!groups.has(key)) groups.set(key, { page, family: e.family, members: [] });
  groups.get(key).members.push(e);
}
for (const { page, family, members } of groups.values()) {
  const item = document.createElement('li');
  const heading = document.createElement(page ? 'a' : 'strong');
  heading.textContent = page ? page.title : family;
  if (page) heading.href = `./${page.file}`;
  item.append(heading);
  const tags = document.createElement('span');
  for (const e of members) {
    const code = document.createElement('code');
    code.textContent = `<${e.tag}>`;
    if (page) {
      const link = document.createElement('a');
      link.href = `./${page.file}#${e.tag}`;
      link.append(code);
      tags.append(link, ' ');
    } else {
      tags.append(code, ' ');
    }
  }
  if (!page) tags.append('(gallery page coming)');
  item.append(tags);
  list.append(item);
}
