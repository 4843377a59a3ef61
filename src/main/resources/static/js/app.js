// GOV.UK Frontend components, the indicator search, the rule browser's filters and the print buttons.
// A module file, not inline script, so the Content-Security-Policy can stay "self" only.
import { initAll } from '/webjars/govuk-frontend/5.11.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

// Indicator search: every word typed must begin a word of the indicator's text or of its search
// words (kept as data with the catalogue: "DV", "bruising", "county lines").
const search = document.getElementById('indicator-search')
if (search) {
  const items = document.querySelectorAll('[data-indicator]')
  const status = document.getElementById('indicator-search-status')
  const words = (text) => text.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w !== '')
  items.forEach((item) => { item.searchWords = words(item.dataset.indicator) })
  search.addEventListener('input', () => {
    const q = words(search.value)
    let shown = 0
    items.forEach((item) => {
      const match = q.length === 0 || q.every((w) => item.searchWords.some((s) => s.startsWith(w)))
      item.hidden = !match
      if (match) shown++
    })
    status.textContent = q.length === 0 ? '' : shown === 0 ? 'No indicators match' : shown === 1 ? '1 indicator matches' : shown + ' indicators match'
  })
}

document.querySelectorAll('[data-print]').forEach((b) => b.addEventListener('click', () => window.print()))
