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

  // A time-zone field left empty starts at the browser's own zone; the person can still change it.
  if (ownZone) {
    var zoneFields = document.querySelectorAll('input[data-default-zone]');
    for (var z = 0; z < zoneFields.length; z++) {
      if (!zoneFields[z].value) {
        zoneFields[z].value = ownZone;
      }
    }
  }

  // Credential upload: check size and type before sending, accept a dropped file, show progress.
  // Without script the form posts as usual and the server answers the same problems in words.
  var uploadForm = document.querySelector('form[data-upload]');
  if (uploadForm && window.XMLHttpRequest && window.FormData && window.DOMParser) {
    var fileInput = uploadForm.querySelector('input[type=file]');
    var fileError = document.getElementById('document-client-error');
    var progress = document.getElementById('upload-progress');
    var zone = uploadForm.querySelector('[data-dropzone]');
    var maxBytes = parseInt(fileInput.getAttribute('data-max-bytes'), 10);
    var problemWith = function (file) {
      if (!file) {
        return 'Choose the document: a PDF, PNG or JPEG of the credential.';
      }
      if (!/\.(pdf|png|jpe?g)$/i.test(file.name) && !/^(application\/pdf|image\/png|image\/jpeg)$/.test(file.type)) {
        return file.name + ' is not a PDF, PNG or JPEG file.';
      }
      if (file.size > maxBytes) {
        return file.name + ' is ' + (file.size / 1048576).toFixed(1) + ' MB; the limit is 10 MB. Scan it at a lower resolution or as a PDF.';
      }
      return null;
    };
    var showFileProblem = function (text) {
      fileError.textContent = text || '';
      fileError.hidden = !text;
      if (text) {
        fileInput.setAttribute('aria-invalid', 'true');
        fileInput.setAttribute('aria-describedby', 'document-hint document-client-error');
        fileInput.focus();
      } else {
        fileInput.removeAttribute('aria-invalid');
      }
    };
    fileInput.addEventListener('change', function () {
      showFileProblem(fileInput.files.length ? problemWith(fileInput.files[0]) : null);
    });
    zone.addEventListener('dragover', function (event) {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', function () {
      zone.classList.remove('over');
    });
    zone.addEventListener('drop', function (event) {
      event.preventDefault();
      zone.classList.remove('over');
      if (event.dataTransfer && event.dataTransfer.files.length) {
        fileInput.files = event.dataTransfer.files;
        showFileProblem(problemWith(fileInput.files[0]));
      }
    });
    uploadForm.addEventListener('submit', function (event) {
      var problem = problemWith(fileInput.files[0]);
      event.preventDefault();
      if (problem) {
        showFileProblem(problem);
        return;
      }
      showFileProblem(null);
      var button = uploadForm.querySelector('button[type=submit]');
      button.disabled = true;
      progress.hidden = false;
      var xhr = new XMLHttpRequest();
      xhr.open('POST', uploadForm.action);
      xhr.setRequestHeader('X-CSRF-Token', tokenMeta ? tokenMeta.content : '');
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) {
          progress.value = Math.round(e.loaded * 100 / e.total);
        }
      });
      xhr.addEventListener('load', function () {
        if (xhr.status < 400 && xhr.responseURL) {
          window.location.assign(xhr.responseURL);
          return;
        }
        if (xhr.status === 413) {
          button.disabled = false;
          progress.hidden = true;
          showFileProblem('The document is larger than 10 MB. Scan it at a lower resolution or as a PDF.');
          return;
        }
        var answer = new DOMParser().parseFromString(xhr.responseText, 'text/html');
        var main = answer.getElementById('main');
        if (main) {
          document.getElementById('main').innerHTML = main.innerHTML;
          document.title = answer.title;
          var summary = document.getElementById('problems');
          (summary || document.getElementById('main')).focus();
        } else {
          window.location.reload();
        }
      });
      xhr.addEventListener('error', function () {
        button.disabled = false;
        progress.hidden = true;
        showFileProblem('The upload did not reach Fascia. Check your connection and try again.');
      });
      xhr.send(new FormData(uploadForm));
    });
  }

  // Admin review screen: single-key shortcuts (v verify, r reject reason, n next). They never act
  // by themselves: v and r move focus to the control, n follows the link. They can be switched
  // off (WCAG 2.1.4), are remembered per browser, and never fire while typing in a field.
  var shortcuts = document.querySelector('[data-shortcuts]');
  if (shortcuts) {
    var toggle = shortcuts.querySelector('[data-shortcut-switch]');
    var enabled = function () { return !toggle || toggle.checked; };
    if (toggle) {
      toggle.checked = window.localStorage.getItem('fascia.shortcuts') !== 'off';
      toggle.addEventListener('change', function () {
        window.localStorage.setItem('fascia.shortcuts', toggle.checked ? 'on' : 'off');
      });
    }
    document.addEventListener('keydown', function (event) {
      if (!enabled() || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) {
        return;
      }
      var target = event.target;
      if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
        return;
      }
      var control = shortcuts.querySelector('[data-shortcut="' + event.key.toLowerCase() + '"]');
      if (!control) {
        return;
      }
      event.preventDefault();
      if (control.tagName === 'A') {
        control.click();
      } else {
        control.focus();
      }
    });
  }

  // A shared progress summary: its print button, and the new link selected whole when focused.
  var printButton = document.querySelector('[data-print]');
  if (printButton) {
    printButton.addEventListener('click', function () {
      window.print();
    });
  }
  var selectOnFocus = document.querySelector('[data-select-on-focus]');
  if (selectOnFocus) {
    selectOnFocus.addEventListener('focus', function () {
      selectOnFocus.select();
    });
  }
})();
