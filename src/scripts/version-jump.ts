// "Text in force on": the date field of an amended document's list of versions (VersionList.astro)
// goes to the text in force on the date given. Without JavaScript the form stays hidden and the
// list, with every text's period in force, says the same.
const form = document.querySelector<HTMLFormElement>('form[data-version-jump]');
const data = document.getElementById('version-dates');
if (form && data) {
  const texts = JSON.parse(data.textContent || '[]') as { inForce: string; href: string }[];
  const none = form.querySelector<HTMLElement>('.version-jump-none');
  form.hidden = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const field = form.elements.namedItem('date');
    const date = field instanceof HTMLInputElement ? field.value : '';
    // Texts are oldest first: the last that entered into force on or before the date.
    const hit = texts.filter((v) => v.inForce <= date).at(-1);
    if (hit) location.href = hit.href;
    else if (none) none.textContent = none.dataset['none'] ?? '';
  });
}
