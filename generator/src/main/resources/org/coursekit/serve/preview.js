/*
 * CourseKit preview (coursekit:serve only; never part of a published site or package).
 * Reloads the page when the course is rebuilt (Server-Sent Events), shows the findings in the
 * edited file as a dismissable overlay, and on module pages an LMS panel with what the package
 * runtime would report.
 */
(function () {
  'use strict';

  var BASE = '/__coursekit/';
  var READ_KEY = 'coursekit-preview-read';
  var script = document.currentScript;
  var generation = Number(script && script.getAttribute('data-ck-generation')) || 0;

  var style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = BASE + 'preview.css';
  document.head.appendChild(style);

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (name === 'text') {
        node.textContent = attrs[name];
      } else {
        node.setAttribute(name, attrs[name]);
      }
    });
    (children || []).forEach(function (child) {
      if (child) {
        node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function reload() {
    window.location.reload();
  }

  function connect() {
    if (!('EventSource' in window)) {
      window.setInterval(function () {
        loadState().then(function (state) {
          if (state.generation > generation) {
            reload();
          }
        });
      }, 500);
      return;
    }
    var events = new EventSource(BASE + 'events?generation=' + generation);
    events.addEventListener('reload', function () {
      events.close();
      reload();
    });
  }

  function loadState() {
    return fetch(BASE + 'state.json', { cache: 'no-store' }).then(function (response) {
      return response.json();
    });
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  // The findings overlay.

  function showFindings(state) {
    var findings = state.findings || [];
    if (!state.problem && findings.length === 0) {
      return;
    }
    var errors = findings.filter(function (f) { return f.severity === 'error'; }).length;
    var title = state.problem
      ? 'The preview could not be rebuilt'
      : 'CourseKit found ' + plural(findings.length, 'problem', 'problems') + ' in ' +
        state.edited.join(', ');
    var list = el('ul', { class: 'ck-preview-findings' });
    if (state.problem) {
      list.appendChild(el('li', { class: 'ck-preview-error', text: state.problem }));
    }
    findings.forEach(function (f) {
      list.appendChild(el('li', { class: 'ck-preview-' + f.severity }, [
        el('span', { class: 'ck-preview-severity', text: f.severity }),
        ' ',
        el('code', { text: f.file + ':' + f.line + ':' + f.column }),
        ' [' + f.rule + '] ' + f.message
      ]));
    });
    var dismiss = el('button', { type: 'button', class: 'ck-preview-dismiss', text: 'Dismiss' });
    var overlay = el('div', {
      class: 'ck-preview-overlay',
      role: errors > 0 || state.problem ? 'alert' : 'status',
      'aria-labelledby': 'ck-preview-overlay-title'
    }, [
      el('h2', { id: 'ck-preview-overlay-title', text: title }),
      list,
      el('p', { class: 'ck-preview-hint', text: 'Fix the file and save; this page reloads by itself.' }),
      dismiss
    ]);
    function close() {
      overlay.remove();
      document.removeEventListener('keydown', onKey);
    }
    function onKey(event) {
      if (event.key === 'Escape') {
        close();
      }
    }
    dismiss.addEventListener('click', close);
    document.addEventListener('keydown', onKey);
    document.body.appendChild(overlay);
  }

  // The LMS panel on module pages.

  function readModules() {
    try {
      return JSON.parse(window.sessionStorage.getItem(READ_KEY) || '[]');
    } catch (e) {
      return [];
    }
  }

  function markRead(id) {
    var read = readModules();
    if (read.indexOf(id) < 0) {
      read.push(id);
      try {
        window.sessionStorage.setItem(READ_KEY, JSON.stringify(read));
      } catch (e) {
        // Private modes may refuse storage; the panel then counts this page only.
      }
    }
  }

  function currentModule(lms) {
    var match = /\/modules\/([^\/]+)\.html$/.exec(window.location.pathname);
    return match && lms.modules.indexOf(decodeURIComponent(match[1])) >= 0
      ? decodeURIComponent(match[1]) : null;
  }

  function number(n) {
    return Number(n).toLocaleString('en');
  }

  function completionText(lms, id) {
    var read = readModules().filter(function (m) { return lms.modules.indexOf(m) >= 0; });
    var thisModule = read.indexOf(id) >= 0
      ? 'this module is read'
      : 'this module counts as read once its end is on screen';
    var allRead = read.length === lms.modules.length;
    var status;
    if (lms.assessment) {
      status = 'incomplete';
    } else if (lms.allModulesRequired) {
      status = allRead ? 'completed' : 'incomplete';
    } else {
      status = 'completed';
    }
    var needs = [];
    if (lms.allModulesRequired) {
      needs.push(read.length + ' of ' + lms.modules.length + ' modules read in this preview');
    }
    if (lms.assessment) {
      needs.push(lms.assessment + ' not submitted (it runs in the LMS package)');
    }
    return status + ': ' + thisModule + (needs.length ? '; ' + needs.join('; ') : '') + '.';
  }

  function suspendText(lms) {
    var worst = lms.suspendDataWorstCase;
    var parts = lms.suspendDataLimits.map(function (entry) {
      if (entry.limit === null) {
        return entry.format + ': kept in the LMS\u2019s xAPI state';
      }
      var share = Math.round((worst * 1000) / entry.limit) / 10;
      return entry.format + ': ' + share + '% of ' + number(entry.limit) +
        (worst > entry.limit ? ' (over the limit)' : '');
    });
    return 'at most ' + number(worst) + ' characters; ' + parts.join('; ') + '.';
  }

  function fact(term, text, id) {
    var value = el('dd', { text: text });
    if (id) {
      value.id = id;
    }
    return [el('dt', { text: term }), value];
  }

  function showLmsPanel(state) {
    var lms = state.lms;
    var id = lms && currentModule(lms);
    if (!id) {
      return;
    }
    var mastery = lms.masteryPercent ? ' (pass mark ' + lms.masteryPercent + '%)' : '';
    var success;
    if (lms.assessment && lms.masteryPercent) {
      success = 'unknown until ' + lms.assessment + ' is submitted' + mastery + '.';
    } else if (lms.assessment) {
      success = 'unknown: the package reports no pass or fail (another required part, such as an' +
        ' in-person assessment, counts too); the course team records the result.';
    } else {
      success = 'unknown: the package decides no pass or fail.';
    }
    var score = lms.assessment
      ? 'none yet: ' + lms.assessment + ' sets it; practice quizzes are not scored.'
      : 'none: practice quizzes are not scored.';
    var list = el('dl', {}, [].concat(
      fact('Completion', completionText(lms, id), 'ck-preview-completion'),
      fact('Success', success),
      fact('Score', score),
      fact('suspend_data', suspendText(lms))
    ));
    var panel = el('aside', { class: 'ck-preview-lms', 'aria-labelledby': 'ck-preview-lms-title' }, [
      el('details', { open: '' }, [
        el('summary', {}, [el('h2', { id: 'ck-preview-lms-title', text: 'LMS panel (preview only)' })]),
        el('p', { class: 'ck-preview-hint', text: 'What the package runtime would report to the LMS for this learner.' }),
        list
      ])
    ]);
    document.body.appendChild(panel);
    var completion = panel.querySelector('#ck-preview-completion');
    completion.setAttribute('aria-live', 'polite');
    var main = document.querySelector('main');
    var end = document.querySelector('main .pager') || (main && main.lastElementChild);
    if (!end || !('IntersectionObserver' in window)) {
      return;
    }
    var observer = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) {
        observer.disconnect();
        markRead(id);
        completion.textContent = completionText(lms, id);
      }
    });
    observer.observe(end);
  }

  loadState().then(function (state) {
    if (state.generation > generation) {
      reload();
      return;
    }
    showFindings(state);
    showLmsPanel(state);
  });
  connect();
})();
