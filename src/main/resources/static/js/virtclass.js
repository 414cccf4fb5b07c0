// Sends the CSRF token with every htmx request, so htmx forms work like ordinary ones.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The phone menu: a real button that says whether the menu is open, so that it works with a keyboard
// and a screen reader. Without script the button stays hidden and the menu stays open.
document.addEventListener('DOMContentLoaded', function () {
  var toggle = document.querySelector('.nav-toggle');
  var nav = toggle && document.getElementById(toggle.getAttribute('aria-controls'));
  if (nav) {
    toggle.hidden = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        toggle.click();
        toggle.focus();
      }
    });
  }
  // A page that answered something (practice feedback) names the element to read first; focus goes
  // there, so that the next Tab reaches what follows it instead of starting again at the top.
  var first = document.querySelector('[data-focus-first]');
  if (first) {
    first.focus();
  }
});

// The id of the last form that answered in place with htmx (the checker, the classifier), if any.
// Noted before the request: the swap may replace the form, and events of a removed form do not bubble.
var lastPostedForm = null;
document.addEventListener('htmx:beforeRequest', function (event) {
  var form = event.detail.elt;
  if (form && form.tagName === 'FORM' && form.id
      && (form.getAttribute('method') || '').toLowerCase() === 'post') {
    lastPostedForm = form.id;
  }
});

// The language switch keeps the page's state: the query as it is now (htmx may have changed it since
// the page loaded), or, on a page that answered a form, the same form sent again in the other language.
document.addEventListener('click', function (event) {
  var link = event.target.closest && event.target.closest('.lang-switch a[hreflang]');
  if (!link) {
    return;
  }
  var lang = link.getAttribute('hreflang') === 'zh-CN' ? 'zh_CN' : 'en';
  var answered = lastPostedForm && document.getElementById(lastPostedForm);
  if (answered) {
    // the form answered in place (htmx): send it again as a whole page in the other language
    event.preventDefault();
    var field = answered.querySelector('input[name="lang"][type="hidden"]') || document.createElement('input');
    field.type = 'hidden';
    field.name = 'lang';
    field.value = lang;
    answered.appendChild(field);
    answered.submit();
    return;
  }
  var repost = document.getElementById('lang-repost');
  if (repost) {
    event.preventDefault();
    repost.elements.lang.value = lang;
    repost.submit();
    return;
  }
  var query = new URLSearchParams(window.location.search);
  query.set('lang', lang);
  link.href = window.location.pathname + '?' + query.toString();
});
