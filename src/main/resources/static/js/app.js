// GOV.UK Frontend components, the indicator search and the print buttons. A module file, not inline
// script, so the Content-Security-Policy can stay "self" only.
import { initAll } from '/webjars/govuk-frontend/5.11.0/dist/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()

const search = document.getElementById('indicator-search')
if (search) {
  const items = document.querySelectorAll('[data-indicator]')
  const status = document.getElementById('indicator-search-status')
  search.addEventListener('input', () => {
    const q = search.value.trim().toLowerCase()
    let shown = 0
    items.forEach((item) => {
      const match = q === '' || item.dataset.indicator.includes(q)
      item.hidden = !match
      if (match) shown++
    })
    status.textContent = q === '' ? '' : shown + ' indicators match'
  })
}

document.querySelectorAll('[data-print]').forEach((b) => b.addEventListener('click', () => window.print()))
