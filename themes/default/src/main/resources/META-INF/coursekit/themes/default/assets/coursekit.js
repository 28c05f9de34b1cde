/* CourseKit default theme runtime: formative quizzes, glossary tooltips and the module list.
   Plain ES2017, no libraries, no network. Every feature degrades to readable content without it. */
(function () {
  'use strict';

  var WIDE = '(min-width: 64em)';

  function onReady(fn) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fn);
    } else {
      fn();
    }
  }

  function readKey(form) {
    var script = form.querySelector('script.quiz-key');
    if (!script) {
      return null;
    }
    try {
      return JSON.parse(script.textContent);
    } catch (e) {
      return null;
    }
  }

  function normaliseText(text) {
    return String(text).trim().replace(/\s+/g, ' ').toLowerCase();
  }

  /** A decimal number as people type it: "2.5", "2,5", "−3", "1e3"; NaN otherwise. */
  function parseNumber(text) {
    var t = String(text).trim().replace(/\u2212/g, '-').replace(/[\s\u00a0]/g, '');
    if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
      t = t.replace(',', '.');
    }
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) {
      return NaN;
    }
    return parseFloat(t);
  }

  function setMark(mark, correct) {
    if (!mark) {
      return;
    }
    mark.classList.remove('is-correct', 'is-incorrect');
    if (correct === null) {
      mark.textContent = '';
      return;
    }
    mark.classList.add(correct ? 'is-correct' : 'is-incorrect');
    mark.textContent = correct ? '\u2713 Correct' : '\u2717 Incorrect';
  }

  function describe(input, ids) {
    var present = ids.filter(function (id) {
      return id && document.getElementById(id);
    });
    if (present.length) {
      input.setAttribute('aria-describedby', present.join(' '));
    } else {
      input.removeAttribute('aria-describedby');
    }
  }

  function clearResults(form) {
    form.querySelectorAll('.quiz-mark').forEach(function (mark) {
      setMark(mark, null);
    });
    form.querySelectorAll('input, select').forEach(function (input) {
      input.removeAttribute('aria-describedby');
    });
  }

  /** Marks a choice question; returns null when nothing is chosen. */
  function checkChoices(form, key) {
    var inputs = Array.prototype.slice.call(form.querySelectorAll('.quiz-option input'));
    var chosen = inputs.filter(function (input) {
      return input.checked;
    });
    if (!chosen.length) {
      return null;
    }
    var correct = key.correct || [];
    var right = 0;
    var wrong = 0;
    var feedback = [];
    chosen.forEach(function (input) {
      var isKey = correct.indexOf(Number(input.value)) >= 0;
      if (isKey) {
        right += 1;
      } else {
        wrong += 1;
      }
      var markId = input.id + '-mark';
      setMark(document.getElementById(markId), isKey);
      describe(input, [markId]);
      var source = document.getElementById(input.id + '-feedback');
      var label = form.querySelector('label[for="' + input.id + '"]');
      if (source) {
        feedback.push({ label: chosen.length > 1 && label ? label.textContent : '', html: source.innerHTML });
      }
    });
    var allRight = wrong === 0 && right === correct.length;
    var detail = '';
    if (!allRight && key.type === 'multiple') {
      detail = 'You chose ' + right + ' of the ' + correct.length + ' correct answers' +
        (wrong ? ' and ' + wrong + (wrong === 1 ? ' incorrect one' : ' incorrect ones') : '') + '.';
    }
    return { correct: allRight, detail: detail, feedback: feedback };
  }

  function checkTyped(form, key) {
    var input = form.querySelector('.quiz-answer input');
    if (!input || input.value.trim() === '') {
      return null;
    }
    var correct;
    if (key.type === 'numeric') {
      var value = parseNumber(input.value);
      if (isNaN(value)) {
        return { message: 'Enter a number, for example 2.5.' };
      }
      var target = parseFloat(key.value);
      var tolerance = parseFloat(key.tolerance || '0');
      correct = Math.abs(value - target) <= tolerance + 1e-9;
    } else {
      var given = normaliseText(input.value);
      correct = (key.accept || []).some(function (answer) {
        return normaliseText(answer) === given;
      });
    }
    var markId = input.id + '-mark';
    setMark(document.getElementById(markId), correct);
    describe(input, [markId]);
    return { correct: correct };
  }

  function checkMatches(form, key) {
    var selects = Array.prototype.slice.call(form.querySelectorAll('.quiz-match-row select'));
    if (selects.some(function (select) { return select.value === ''; })) {
      return null;
    }
    var answers = key.answers || [];
    var right = 0;
    selects.forEach(function (select, index) {
      var ok = Number(select.value) === answers[index];
      if (ok) {
        right += 1;
      }
      var markId = select.id + '-mark';
      setMark(document.getElementById(markId), ok);
      describe(select, [markId]);
    });
    var all = right === selects.length;
    return {
      correct: all,
      detail: all ? '' : right + ' of ' + selects.length + ' matches are correct.'
    };
  }

  function showResult(form, result) {
    var region = form.querySelector('.quiz-feedback');
    if (!region) {
      return;
    }
    region.textContent = '';
    var summary = document.createElement('p');
    summary.className = 'quiz-result';
    if (result === null || result.message) {
      if (result) {
        summary.textContent = result.message;
      } else {
        summary.textContent = form.dataset.quizType === 'matching'
          ? 'Choose a match for every item first.'
          : 'Answer the question first.';
      }
      region.appendChild(summary);
      return;
    }
    summary.classList.add(result.correct ? 'is-correct' : 'is-incorrect');
    summary.textContent = result.correct
      ? 'Correct.'
      : 'Not quite. ' + (result.detail ? result.detail + ' ' : '') + 'Try again.';
    region.appendChild(summary);
    (result.feedback || []).forEach(function (item) {
      var block = document.createElement('div');
      block.className = 'quiz-choice-feedback';
      if (item.label) {
        var name = document.createElement('strong');
        name.textContent = item.label.trim() + ': ';
        block.appendChild(name);
      }
      var text = document.createElement('span');
      text.innerHTML = item.html;
      block.appendChild(text);
      region.appendChild(block);
    });
    var general = form.querySelector('.quiz-general-feedback');
    if (general) {
      var copy = document.createElement('div');
      copy.className = 'quiz-general';
      copy.innerHTML = general.innerHTML;
      region.appendChild(copy);
    }
  }

  function setUpQuiz(form) {
    var key = readKey(form);
    if (!key) {
      return;
    }
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearResults(form);
      var result;
      if (key.type === 'single' || key.type === 'multiple') {
        result = checkChoices(form, key);
      } else if (key.type === 'numeric' || key.type === 'short') {
        result = checkTyped(form, key);
      } else if (key.type === 'matching') {
        result = checkMatches(form, key);
      } else {
        return;
      }
      showResult(form, result);
    });
    form.addEventListener('change', function () {
      clearResults(form);
      var region = form.querySelector('.quiz-feedback');
      if (region) {
        region.textContent = '';
      }
    });
  }

  /** Escape hides a glossary definition until the pointer or focus leaves it (WCAG 1.4.13). */
  function setUpTooltips() {
    var refs = document.querySelectorAll('.term-ref');
    if (!refs.length) {
      return;
    }
    document.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape' && event.key !== 'Esc') {
        return;
      }
      refs.forEach(function (ref) {
        if (ref.matches(':hover') || ref.contains(document.activeElement)) {
          ref.classList.add('term-tip-dismissed');
        }
      });
    });
    refs.forEach(function (ref) {
      var reset = function () {
        ref.classList.remove('term-tip-dismissed');
      };
      ref.addEventListener('mouseleave', reset);
      ref.addEventListener('focusout', reset);
      var place = function () {
        var tip = ref.querySelector('.term-tip');
        if (!tip) {
          return;
        }
        tip.style.left = '';
        var rect = tip.getBoundingClientRect();
        var overflow = rect.right - (document.documentElement.clientWidth - 8);
        if (overflow > 0) {
          tip.style.left = Math.min(0, -overflow) + 'px';
        }
      };
      ref.addEventListener('mouseenter', place);
      ref.addEventListener('focusin', place);
    });
  }

  /** The module list starts open on wide screens, folded on small ones. */
  function setUpCourseNav() {
    var toggle = document.querySelector('details[data-ck-open-wide]');
    if (toggle && window.matchMedia && window.matchMedia(WIDE).matches) {
      toggle.open = true;
    }
  }

  // The package runtime marks summative answers with the same rules (coursekit-runtime.js).
  window.CourseKitAnswers = { normaliseText: normaliseText, parseNumber: parseNumber };

  onReady(function () {
    document.querySelectorAll('form.quiz[data-quiz-id]').forEach(setUpQuiz);
    setUpTooltips();
    setUpCourseNav();
  });
})();
