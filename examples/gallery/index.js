// Lists every element of the registry (served by the examples server as /api/gallery), grouped by
// family, each linking to its family's gallery page: a new element shows up here by itself.
const list = document.getElementById('families');
const response = await fetch('/api/gallery');
const { pages, elements } = response.ok ? await response.json() : { pages: [], elements: [] };
const families = [...new Set(elements.map((e) => e.family))];
for (const family of families) {
  const page = pages.find((p) => p.file === `${family}.html`);
  const item = document.createElement('li');
  const heading = document.createElement(page ? 'a' : 'strong');
  heading.textContent = page ? page.title : family;
  if (page) heading.href = `./${page.file}`;
  item.append(heading);
  const tags = document.createElement('span');
  for (const e of elements.filter((x) => x.family === family)) {
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
