// Fascia's small enhancement layer. Every page works without it; with it, search results update
// in place, times also show in the visitor's own zone, and "near me" uses the browser's location.
(function () {
  'use strict';

  var tokenMeta = document.querySelector('meta[name="csrf-token"]');

  // htmx: send the session's form token and mark requests as script requests, so an ended session
  // answers 499 instead of redirecting a fragment to Keycloak; then the whole page reloads.
  document.addEventListener('htmx:configRequest', function (event) {
    if (tokenMeta && tokenMeta.content) {
      event.detail.headers['X-CSRF-Token'] = tokenMeta.content;
    }
    event.detail.headers['X-Requested-With'] = 'JavaScript';
  });
  document.addEventListener('htmx:responseError', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 499) {
      window.location.reload();
    }
  });

  // After a page-level swap, focus moves to the new heading so screen readers hear the result.
  document.addEventListener('htmx:afterSwap', function (event) {
    var heading = event.detail.target.querySelector('h2[tabindex="-1"], h1[tabindex="-1"]');
    if (heading) {
      heading.focus();
    }
    var status = document.getElementById('result-status');
    var items = event.detail.target.querySelectorAll('ol.results > li').length;
    if (status && event.detail.target.id === 'results') {
      status.textContent = items === 0 ? 'No therapists match.' : items + ' therapists shown.';
    }
  });
  // Content that arrives later (a result's next open times) gets the visitor's own times too.
  document.addEventListener('htmx:afterSettle', function () {
    showLocalTimes(document);
  });

  // A booking confirmation or a form with problems brings its heading or summary into focus.
  var focusFirst = document.getElementById('problems') || document.querySelector('.notice.success h1');
  if (focusFirst) {
    focusFirst.focus();
  }

  // Times are shown in the therapist's zone; when the visitor's differs, add their own time.
  var ownZone;
  try {
    ownZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (e) {
    ownZone = null;
  }
  function showLocalTimes(root) {
    if (!ownZone) {
      return;
    }
    var elements = root.querySelectorAll('[data-instant][data-zone]');
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      if (el.getAttribute('data-zone') === ownZone || el.querySelector('.your-time')) {
        continue;
      }
      var when = new Date(el.getAttribute('data-instant'));
      var text = new Intl.DateTimeFormat('en-US', {
        weekday: 'short', hour: 'numeric', minute: '2-digit', timeZoneName: 'short'
      }).format(when);
      var span = document.createElement('span');
      span.className = 'your-time';
      span.textContent = ' (your time: ' + text + ')';
      el.appendChild(span);
      if (el.hasAttribute('aria-label')) {
        el.setAttribute('aria-label', el.getAttribute('aria-label') + ', your time ' + text);
      }
    }
  }
  showLocalTimes(document);

  // "Use my location" fills the hidden near field and searches; the city field stays available.
  var nearMe = document.getElementById('near-me');
  var near = document.getElementById('near');
  var place = document.getElementById('place');
  if (nearMe && near && navigator.geolocation) {
    nearMe.hidden = false;
    nearMe.addEventListener('click', function () {
      nearMe.disabled = true;
      nearMe.textContent = 'Finding you…';
      navigator.geolocation.getCurrentPosition(function (position) {
        near.value = position.coords.latitude.toFixed(4) + ',' + position.coords.longitude.toFixed(4);
        if (place) {
          place.value = '';
        }
        nearMe.textContent = 'Using your location';
        nearMe.disabled = false;
        nearMe.form.requestSubmit();
      }, function () {
        nearMe.textContent = 'Location not available: type a city';
        nearMe.disabled = false;
      }, { timeout: 10000 });
    });
  }
  // Typing a city replaces a location found earlier.
  if (place && near) {
    place.addEventListener('input', function () {
      near.value = '';
    });
  }
})();
